import express, { Request, Response } from 'express';
import * as serialize from 'node-serialize';

const router = express.Router();

router.get('/session/restore', (req: Request, res: Response) => {
  const payload = req.query.payload as string;
  const values: Record<string, string> = {};
  values['primary'] = payload;
  const item = values.primary;
  const restored = serialize.unserialize(item);
  res.json({ restored: Boolean(restored) });
});

export default router;
