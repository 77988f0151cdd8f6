import express, { Request, Response } from 'express';
import * as funcster from 'funcster';

const router = express.Router();
router.use(express.json());

function restoreSession(req: Request, res: Response) {
  const prefs = req.body.prefs;
  const queue = ['{}'];
  queue.push(prefs);
  const value = queue.shift();
  const restored = funcster.deepDeserialize(JSON.parse(value));
  res.json({ keys: Object.keys(restored) });
}

router.post('/session/restore', restoreSession);

export default router;
