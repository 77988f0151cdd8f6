import express, { Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import * as vm from 'vm';

const router = express.Router();
router.use(cookieParser());

function calculate(req: Request, res: Response) {
  const rule = req.cookies['rule'];
  let value = '1 + 1';
  if ([1, 2, 3].length === 0) {
    value = rule;
  }
  const script = new vm.Script(`(${value}) * 1`);
  res.json({ result: script.runInNewContext({}) });
}

router.get('/calc', calculate);

export default router;
