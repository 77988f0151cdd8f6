import express, { Request, Response } from 'express';
import * as crypto from 'crypto';

const router = express.Router();

router.post('/login', (req: Request, res: Response) => {
  const value = crypto.randomBytes(32).toString('hex');
  res.cookie('sid', value, { httpOnly: true, secure: true });
  res.json({ ok: true });
});

export default router;
