import express, { Request, Response } from 'express';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';
import * as fs from 'fs';

const app = express();
app.use(express.json());
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

app.post('/lookup', (req: Request, res: Response) => {
  const { sku } = req.body;
  let value = sku;
  console.info('request value', value);
  value = 'guest';
  const result = xpath.evaluate("//user[@name='" + value + "']/email", doc, null, xpath.XPathResult.ANY_TYPE, null);
  res.json({ value: String(result.iterateNext()) });
});

export default app;
