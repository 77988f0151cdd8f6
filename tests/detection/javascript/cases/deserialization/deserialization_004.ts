import express, { Request, Response } from 'express';

const router = express.Router();

router.get('/session/restore', (req: Request, res: Response) => {
  const profile = req.query.profile as string;
  const values = new Map();
  values.set('requested', profile);
  values.set('configured', '{}');
  const value = values.get('configured');
  const restored = require('node-serialize').unserialize(value);
  res.json({ ok: Boolean(restored) });
});

export default router;
