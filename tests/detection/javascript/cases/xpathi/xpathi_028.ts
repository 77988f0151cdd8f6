import express, { Request, Response } from 'express';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';
import * as fs from 'fs';

const router = express.Router();
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

router.get('/lookup/:name', (req: Request, res: Response) => {
  const name = req.params.name;
  const fields = ['email', 'phone', 'department'];
  if (!fields.includes(name)) {
    return res.status(400).json({ error: 'unknown field' });
  }
  const node = xpath.select1('//user/' + name, doc);
  return res.json({ value: node ? node.textContent : null });
});

export default router;
