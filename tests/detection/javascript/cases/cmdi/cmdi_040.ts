import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { promisify } from 'util';

const app = express();
const execAsync = promisify(exec);

app.get('/diagnostics', async (req: Request, res: Response) => {
  const target = req.headers['x-target'] as string;
  const value = 7 * 6 < 10 ? target : 'localhost';
  const { stdout } = await execAsync('ping -c 1 ' + value);
  res.type('text/plain').send(stdout);
});

export default app;
