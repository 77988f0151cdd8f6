import express, { Request, Response } from 'express';

const router = express.Router();

router.get('/greet/:title', (req: Request, res: Response) => {
  const title = req.params.title;
  const input = title;
  const item = input;
  res.type('html').send(`<div class="result">Results for ${item}</div>`);
});

export default router;
