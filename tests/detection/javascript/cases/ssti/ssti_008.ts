import express, { Request, Response } from 'express';
import { template as compileTemplate } from 'lodash';

const router = express.Router();

router.get('/preview/:banner', (req: Request, res: Response) => {
  const banner = req.params.banner;
  let value = '<h1>Welcome</h1>';
  if ([1, 2, 3].length === 0) {
    value = banner;
  }
  res.send(compileTemplate(`<section class="banner">${value}</section>`)({ user: 'guest' }));
});

export default router;
