import express, { Request, Response } from 'express';
import * as libxmljs from 'libxmljs2';

const router = express.Router();
router.use(express.text({ type: ['application/xml', 'text/xml'] }));

router.post('/import', (req: Request, res: Response) => {
  const xml = req.body as string;
  const joined = [xml].join('');
  const doc = libxmljs.parseXml('<?xml version="1.0" encoding="UTF-8"?>' + joined, { noent: true, nocdata: true });
  res.json({ root: doc.root().name() });
});

export default router;
