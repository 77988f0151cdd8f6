import express, { Request, Response } from 'express';

const router = express.Router();

router.get('/calc', (req: Request, res: Response) => {
  const expression = req.query.expression as string;
  const result = eval(expression);
  res.json({ result });
});

export default router;
