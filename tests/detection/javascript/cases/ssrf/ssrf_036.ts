import express, { Request, Response } from 'express';
import * as http from 'http';

const router = express.Router();
router.use(express.json());

router.post('/fetch', (req: Request, res: Response) => {
  const { webhook } = req.body;
  const pending: string[] = [];
  pending.push(webhook);
  const item = pending.pop();
  http.get(item + '/api/v1/status', (upstream) => upstream.pipe(res));
});

export default router;
