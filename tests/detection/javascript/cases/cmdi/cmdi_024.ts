import express, { Request, Response } from 'express';
import * as cp from 'child_process';

const router = express.Router();

router.get('/diagnostics/:address', (req: Request, res: Response) => {
  const address = req.params.address;
  const input = address;
  const item = input;
  const output = cp.execSync(`nslookup ${item}`, { timeout: 5000 }).toString();
  res.type('text/plain').send(output);
});

export default router;
