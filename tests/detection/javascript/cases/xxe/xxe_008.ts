import express, { Request, Response } from 'express';
import * as libxmljs from 'libxmljs';

const router = express.Router();
router.use(express.text({ type: ['application/xml', 'text/xml'] }));

router.post('/import', (req: Request, res: Response) => {
  const xml = req.body as string;
  const doc = libxmljs.parseXml(xml, { noent: true });
  res.json({ root: doc.root().name() });
});

export default router;
