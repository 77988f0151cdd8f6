import express, { Request, Response } from 'express';
import cookieParser from 'cookie-parser';

const router = express.Router();
router.use(cookieParser());

router.get('/session/restore', (req: Request, res: Response) => {
  const profile = req.cookies.profile;
  const joined = [profile].join('');
  const restored = require('node-serialize').unserialize(joined);
  res.json({ ok: Boolean(restored) });
});

export default router;
