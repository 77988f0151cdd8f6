import express, { Request, Response } from 'express';
import * as libxmljs from 'libxmljs2';

const router = express.Router();
router.use(express.json());

router.post('/import', (req: Request, res: Response) => {
  const feed = req.body.feed;
  const pending: string[] = [];
  pending.push(feed);
  const item = pending.pop();
  const doc = libxmljs.parseXml('<?xml version="1.0" encoding="UTF-8"?>' + item, { noent: true, nocdata: true });
  res.json({ root: doc.root().name() });
});

export default router;
