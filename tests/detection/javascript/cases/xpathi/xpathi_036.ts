import express, { Request, Response } from 'express';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';
import * as fs from 'fs';

const app = express();
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');
const select = xpath.useNamespaces({ u: 'urn:example:users' });

app.get('/lookup', (req: Request, res: Response) => {
  const sku = req.headers['x-sku'] as string;
  const value = 7 * 6 < 10 ? sku : 'guest';
  const nodes = select("//user[@name='" + value + "']/email", doc);
  res.json({ count: nodes.length });
});

export default app;
