import express, { Request, Response } from 'express';
import * as crypto from 'crypto';

const app = express();

function cookieOptions(seconds: number) {
  return { httpOnly: true, secure: true, sameSite: 'lax' as const, maxAge: seconds * 1000 };
}

app.post('/session', (req: Request, res: Response) => {
  const token = crypto.randomBytes(24).toString('hex');
  res.cookie('sid', token, cookieOptions(3600));
  res.json({ ok: true });
});

export default app;
