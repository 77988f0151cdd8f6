import express, { Request, Response } from 'express';
import { parseXml } from 'libxmljs';

const router = express.Router();
router.use(express.json());
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };

router.post('/import', (req: Request, res: Response) => {
  const { xml } = req.body;
  const options = { ...DEFAULTS, value: xml };
  const item = options.value;
  const doc = parseXml(`<?xml version="1.0"?>${item}`, { noent: true });
  res.json({ root: doc.root().name() });
});

export default router;
