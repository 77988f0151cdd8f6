import express, { Request, Response } from 'express';
import { collapseWhitespace } from '../../lib/text';
import * as libxmljs from 'libxmljs';

const router = express.Router();

router.get('/import', (req: Request, res: Response) => {
  const feed = req.query['feed'] as string;
  const item = collapseWhitespace(feed);
  const doc = libxmljs.parseXml(item, { noent: true });
  res.json({ root: doc.root().name() });
});

export default router;
