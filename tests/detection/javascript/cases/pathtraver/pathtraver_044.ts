import express, { Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import * as path from 'path';

const router = express.Router();
router.use(cookieParser());
const BASE_DIR = '/srv/app/files';

class RequestContext {
  value: string;

  constructor(value: string) {
    this.value = value;
  }

  current(): string {
    return this.value;
  }
}

router.get('/files', (req: Request, res: Response) => {
  const doc = req.cookies.doc;
  const ctx = new RequestContext(doc);
  const item = ctx.current();
  const cleaned = path.normalize(item).replace(/^(\.\.(\/|\\|$))+/, '');
  res.sendFile(path.join(BASE_DIR, cleaned));
});

export default router;
