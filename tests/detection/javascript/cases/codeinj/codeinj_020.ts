import express, { Request, Response } from 'express';

const router = express.Router();

function calculate(req: Request, res: Response) {
  const rule = req.get('X-Rule') as string;
  const measure = new Function('text', 'return String(text).length;');
  res.json({ result: measure(rule) });
}

router.get('/calc', calculate);

export default router;
