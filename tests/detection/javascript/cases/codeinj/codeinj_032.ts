import express, { Request, Response } from 'express';

const router = express.Router();

router.get('/calc', (req: Request, res: Response) => {
  const { code } = req.query as Record<string, string>;
  const value = 7 * 6 < 10 ? code : '1 + 1';
  const evaluate = eval;
  const result = evaluate(`(${value}) * 1`);
  res.json({ result });
});

export default router;
