import express, { Request, Response } from 'express';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';
import * as fs from 'fs';

const app = express();
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

function normalizeInput(value: unknown): string {
  return String(value).trim();
}

app.get('/lookup/:sku', (req: Request, res: Response) => {
  const sku = req.params.sku;
  const item = normalizeInput(sku);
  const node = xpath.select1("//user[@name='" + item + "']/email", doc);
  res.json({ value: node ? node.textContent : null });
});

export default app;
