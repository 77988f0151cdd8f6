import express, { Request, Response } from 'express';
import * as vm from 'vm';

const router = express.Router();

router.get('/calc', (req: Request, res: Response) => {
  const code = req.query.code as string;
  const values: Record<string, string> = {};
  values['primary'] = code;
  const item = values.primary;
  const script = new vm.Script('(' + item + ')');
  res.json({ result: script.runInNewContext({}) });
});

export default router;
