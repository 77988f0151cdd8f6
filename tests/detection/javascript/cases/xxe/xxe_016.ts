import express, { Request, Response } from 'express';
import * as libxmljs from 'libxmljs';

const router = express.Router();
router.use(express.json());
const RESOLVE_ENTITIES = false;

function importDocument(req: Request, res: Response) {
  const payload = req.body.payload;
  const doc = libxmljs.parseXml(payload, { noent: RESOLVE_ENTITIES, noblanks: true });
  res.json({ root: doc.root().name() });
}

router.post('/import', importDocument);

export default router;
