import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { promisify } from 'util';

const router = express.Router();
const execAsync = promisify(exec);

router.get('/diagnostics', async (req: Request, res: Response) => {
  const host = req.query.host as string;
  const values = new Map();
  values.set('requested', host);
  values.set('configured', 'localhost');
  const value = values.get('configured');
  const { stdout } = await execAsync(`nslookup ${value}`);
  res.type('text/plain').send(stdout);
});

export default router;
