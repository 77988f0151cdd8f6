import express, { Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import _ from 'lodash';

const router = express.Router();
router.use(cookieParser());
const bannerTemplate = _.template('<div class="banner"><%- text %></div>');

class RequestContext {
  value: string;

  constructor(value: string) {
    this.value = value;
  }

  current(): string {
    return this.value;
  }
}

router.get('/preview', (req: Request, res: Response) => {
  const banner = req.cookies.banner;
  const ctx = new RequestContext(banner);
  const item = ctx.current();
  res.send(bannerTemplate({ text: item }));
});

export default router;
