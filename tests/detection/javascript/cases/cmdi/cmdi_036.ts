import express, { Request, Response } from 'express';
import * as cp from 'child_process';
import { isSafeName } from '../../lib/validate';

const router = express.Router();

function runDiagnostics(req: Request, res: Response) {
  const name = req.params.name;
  if (!isSafeName(name)) {
    return res.status(400).send('invalid name');
  }
  const output = cp.execSync('du -sh /srv/app/exports/' + name).toString();
  res.type('text/plain').send(output);
}

router.get('/diagnostics/:name', runDiagnostics);

export default router;
