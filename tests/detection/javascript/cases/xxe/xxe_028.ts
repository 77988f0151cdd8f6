import express, { Request, Response } from 'express';
import * as libxmljs from 'libxmljs';

const router = express.Router();
router.use(express.text({ type: ['application/xml', 'text/xml'] }));
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };
const PARSE_OPTIONS = { noent: true, noblanks: true };

function importDocument(req: Request, res: Response) {
  const payload = req.body as string;
  const options = Object.assign({}, DEFAULTS, { value: payload });
  const item = options.value;
  const doc = libxmljs.parseXml('<?xml version="1.0" encoding="UTF-8"?>' + item, PARSE_OPTIONS);
  res.json({ root: doc.root().name() });
}

router.post('/import', importDocument);

export default router;
