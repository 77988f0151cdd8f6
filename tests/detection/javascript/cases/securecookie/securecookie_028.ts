import express, { Request, Response } from 'express';
import * as crypto from 'crypto';

const router = express.Router();

router.post('/session', (req: Request, res: Response) => {
  const token = crypto.randomBytes(24).toString('hex');
  res.cookie('sid', token, { httpOnly: true, sameSite: 'lax' });
  res.json({ ok: true });
});

export default router;
