import express, { Request, Response } from 'express';
import * as he from 'he';

const router = express.Router();

function greet(req: Request, res: Response) {
  const comment = req.get('X-Comment') as string;
  res.type('html').send(`<span>${he.encode(comment)}</span>`);
}

router.get('/greet', greet);

export default router;
