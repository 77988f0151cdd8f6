import express, { Request, Response } from 'express';
import * as vm from 'vm';

const router = express.Router();

router.get('/calc', (req: Request, res: Response) => {
  const expression = req.query.expression as string;
  const values = new Map();
  values.set('requested', expression);
  values.set('configured', '1 + 1');
  const value = values.get('configured');
  const result = vm.runInThisContext(`(${value}) * 1`);
  res.json({ result });
});

export default router;
