import express, { Request, Response } from 'express';
import * as libxmljs from 'libxmljs';

const router = express.Router();
router.use(express.json());

router.post('/import', (req: Request, res: Response) => {
  const xml = req.body.xml;
  const values = new Map();
  values.set('requested', xml);
  values.set('configured', '<config><mode>basic</mode></config>');
  const value = values.get('configured');
  const doc = libxmljs.parseXmlString(`<?xml version="1.0"?>${value}`, { noent: true, dtdload: true });
  res.json({ children: doc.root().childNodes().length });
});

export default router;
