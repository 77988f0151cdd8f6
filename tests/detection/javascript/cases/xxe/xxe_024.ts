import express, { Request, Response } from 'express';
import * as libxmljs from 'libxmljs2';

const router = express.Router();
router.use(express.json());

class RequestContext {
  value: string;

  constructor(value: string) {
    this.value = value;
  }

  current(): string {
    return this.value;
  }
}

router.post('/import', (req: Request, res: Response) => {
  const feed = req.body.feed;
  const ctx = new RequestContext(feed);
  const item = ctx.current();
  const doc = libxmljs.parseXmlString(item, { noblanks: true });
  res.json({ root: doc.root().name() });
});

export default router;
