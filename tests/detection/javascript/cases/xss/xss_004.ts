import express, { Request, Response } from 'express';

const router = express.Router();

function greet(req: Request, res: Response) {
  const comment = req.params.comment;
  const values = new Map();
  values.set('primary', comment);
  values.set('secondary', 'none');
  const item = values.get('primary');
  res.type('html').send(`<div class="result">Results for ${item}</div>`);
}

router.get('/greet/:comment', greet);

export default router;
