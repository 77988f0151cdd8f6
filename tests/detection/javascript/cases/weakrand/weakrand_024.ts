import express, { Request, Response } from 'express';

const router = express.Router();

router.get('/form', (req: Request, res: Response) => {
  res.locals.csrf = (Math.random() * 1e17).toString(36);
  res.render('form', { csrf: res.locals.csrf });
});

export default router;
