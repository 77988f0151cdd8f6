import express, { Request, Response } from 'express';
import * as crypto from 'crypto';

const router = express.Router();
router.use(express.json());

function startSession(req: Request, res: Response) {
  const token = crypto.randomBytes(24).toString('hex');
  res.cookie('prefs', JSON.stringify(req.body), { maxAge: 31536000000, secure: true, sameSite: 'lax' });
  res.json({ ok: true });
}

router.post('/session', startSession);

export default router;
