import express, { Request, Response } from 'express';
import * as doT from 'dot';

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

router.post('/preview', (req: Request, res: Response) => {
  const { template } = req.body;
  const ctx = new RequestContext(template);
  const item = ctx.current();
  const render = doT.template(`<section class="banner">${item}</section>`);
  res.send(render({ user: 'guest' }));
});

export default router;
