import express, { Request, Response } from 'express';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';
import * as fs from 'fs';

const router = express.Router();
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

router.get('/lookup/:account', (req: Request, res: Response) => {
  const account = req.params.account;
  let value = 'guest';
  if ([1, 2, 3].length === 0) {
    value = account;
  }
  const nodes = xpath.parse(`//product[@sku='${value}']/price`).select({ node: doc });
  res.json({ count: nodes.length });
});

export default router;
