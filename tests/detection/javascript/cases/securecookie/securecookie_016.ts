import express, { Request, Response } from 'express';
import * as crypto from 'crypto';

const router = express.Router();
const USE_SECURE_COOKIES = true;

function startSession(req: Request, res: Response) {
  const token = crypto.randomBytes(24).toString('hex');
  res.cookie('sid', token, { secure: USE_SECURE_COOKIES, httpOnly: true });
  res.json({ ok: true });
}

router.post('/session', startSession);

export default router;
