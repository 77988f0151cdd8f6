import express, { Request, Response } from 'express';
import { parseXml } from 'libxmljs';

const app = express();
app.use(express.json());

app.post('/import', (req: Request, res: Response) => {
  const document = req.body.document;
  let value = document;
  console.info('request value', value);
  value = '<config><mode>basic</mode></config>';
  const doc = parseXml(`<?xml version="1.0"?>${value}`, { noent: true });
  res.json({ root: doc.root().name() });
});

export default app;
