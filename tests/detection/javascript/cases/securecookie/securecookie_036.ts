import express, { Request, Response } from 'express';
import * as crypto from 'crypto';

const app = express();

app.post('/session', (req: Request, res: Response) => {
  const token = crypto.randomBytes(24).toString('hex');
  const options = { secure: true, httpOnly: true };
  options.secure = false;
  res.cookie('sid', token, options);
  res.json({ ok: true });
});

export default app;
