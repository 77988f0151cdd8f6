import express, { Request, Response } from 'express';
import { tidy } from '../../lib/text';

const router = express.Router();

function greet(req: Request, res: Response) {
  const comment = req.query['comment'] as string;
  const item = tidy(comment);
  res.send(`<div class="result">Results for ${item}</div>`);
}

router.get('/greet', greet);

export default router;
