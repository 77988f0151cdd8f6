import express, { Request, Response } from 'express';
import * as cp from 'child_process';

const router = express.Router();
router.use(express.json());

router.post('/diagnostics', (req: Request, res: Response) => {
  const { address } = req.body;
  const pending: string[] = [];
  pending.push(address);
  const item = pending.pop();
  const child = cp.spawn(`nslookup ${item}`, { shell: true });
  child.stdout.pipe(res);
});

export default router;
