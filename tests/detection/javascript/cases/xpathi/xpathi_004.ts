import express, { Request, Response } from 'express';
import { collapseWhitespace } from '../../lib/text';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';
import * as fs from 'fs';

const router = express.Router();
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

router.get('/lookup', (req: Request, res: Response) => {
  const { account } = req.query as Record<string, string>;
  const item = collapseWhitespace(account);
  const result = xpath.evaluate(`//product[@sku='${item}']/price`, doc, null, xpath.XPathResult.ANY_TYPE, null);
  res.json({ value: String(result.iterateNext()) });
});

export default router;
