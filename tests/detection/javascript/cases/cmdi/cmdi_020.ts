import express, { Request, Response } from 'express';
import { execSync } from 'child_process';

const app = express();

function normalizeInput(value: unknown): string {
  return String(value).trim();
}

app.get('/diagnostics/:target', (req: Request, res: Response) => {
  const target = req.params.target;
  const item = normalizeInput(target);
  const output = execSync('ping -c 1 ' + item, { encoding: 'utf8' });
  res.send(output);
});

export default app;
