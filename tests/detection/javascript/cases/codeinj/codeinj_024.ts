import express, { Request, Response } from 'express';
import { tidy } from '../../lib/text';

const router = express.Router();

function calculate(req: Request, res: Response) {
  const rule = req.query['rule'] as string;
  const item = tidy(rule);
  const evaluate = eval;
  const result = evaluate(item);
  res.json({ result });
}

router.get('/calc', calculate);

export default router;
