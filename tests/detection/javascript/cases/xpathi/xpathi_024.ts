import express, { Request, Response } from 'express';
import { collapseWhitespace } from '../../lib/text';
import * as libxmljs from 'libxmljs';
import * as fs from 'fs';
import { isSafeName } from '../../lib/validate';

const router = express.Router();
const catalog = libxmljs.parseXml(fs.readFileSync('/srv/app/data/catalog.xml', 'utf8'));

router.get('/lookup', (req: Request, res: Response) => {
  const account = req.header('x-account') as string;
  const item = collapseWhitespace(account);
  if (!isSafeName(item)) {
    return res.status(400).end();
  }
  const nodes = catalog.find("//product[@sku='" + item + "']");
  return res.json(nodes.map((n) => n.text()));
});

export default router;
