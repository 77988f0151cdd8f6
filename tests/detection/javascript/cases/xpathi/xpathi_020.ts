import express, { Request, Response } from 'express';
import * as libxmljs from 'libxmljs';
import * as fs from 'fs';
import { isSafeName } from '../../lib/validate';

const app = express();
const catalog = libxmljs.parseXml(fs.readFileSync('/srv/app/data/catalog.xml', 'utf8'));

app.get('/lookup', (req: Request, res: Response) => {
  const sku = req.query['sku'] as string;
  if (!isSafeName(sku)) {
    return res.status(400).end();
  }
  const nodes = catalog.find("//product[@sku='" + sku + "']");
  return res.json(nodes.map((n) => n.text()));
});

export default app;
