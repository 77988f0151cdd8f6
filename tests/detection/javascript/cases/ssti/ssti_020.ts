import express, { Request, Response } from 'express';
import * as ejs from 'ejs';

const router = express.Router();

router.get('/preview', (req: Request, res: Response) => {
  const template = req.query.template as string;
  const html = ejs.render(template, { user: 'guest' });
  res.send(html);
});

export default router;
