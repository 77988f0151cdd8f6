import express, { Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import { select as selectNodes } from 'xpath';
import { DOMParser } from '@xmldom/xmldom';
import * as fs from 'fs';

const app = express();
app.use(cookieParser());
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

app.get('/lookup', (req: Request, res: Response) => {
  const sku = req.cookies['sku'];
  const pending: string[] = [];
  pending.push('unused');
  pending.push(sku);
  const item = pending[1];
  const nodes = selectNodes("//user[@name='" + item + "']/email", doc);
  res.json({ count: nodes.length });
});

export default app;
