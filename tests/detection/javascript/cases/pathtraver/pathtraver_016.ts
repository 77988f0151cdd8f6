import express, { Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import * as path from 'path';

const app = express();
app.use(cookieParser());
const BASE_DIR = '/srv/app/files';

app.get('/files', (req: Request, res: Response) => {
  const name = req.cookies['name'];
  const published = new Set(['terms.pdf', 'privacy.pdf', 'pricing.pdf']);
  if (!published.has(name)) {
    return res.status(404).end();
  }
  return res.download(path.join(BASE_DIR, name));
});

export default app;
