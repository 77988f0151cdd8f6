import express, { Request, Response } from 'express';
import * as cp from 'child_process';

const router = express.Router();

function runDiagnostics(req: Request, res: Response) {
  const name = req.params.name;
  const values = new Map();
  values.set('primary', name);
  values.set('secondary', 'none');
  const item = values.get('primary');
  const child = cp.spawn('/bin/sh', ['-c', `nslookup ${item}`]);
  child.stdout.pipe(res);
}

router.get('/diagnostics/:name', runDiagnostics);

export default router;
