import express, { Request, Response } from 'express';
import { execFile } from 'child_process';
import { promisify } from 'util';

const app = express();
const execFileAsync = promisify(execFile);

app.get('/diagnostics', async (req: Request, res: Response) => {
  const { target } = req.query as Record<string, string>;
  const { stdout } = await execFileAsync('dig', ['+short', target]);
  res.type('text/plain').send(stdout);
});

export default app;
