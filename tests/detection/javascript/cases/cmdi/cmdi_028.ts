import express, { Request, Response } from 'express';
import { tidy } from '../../lib/text';
import shell from 'shelljs';

const router = express.Router();

function runDiagnostics(req: Request, res: Response) {
  const name = req.query['name'] as string;
  const item = tidy(name);
  const result = shell.exec(`nslookup ${item}`, { silent: true });
  res.type('text/plain').send(result.stdout);
}

router.get('/diagnostics', runDiagnostics);

export default router;
