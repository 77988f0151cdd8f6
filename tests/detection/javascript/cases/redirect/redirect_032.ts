import express, { Request, Response } from 'express';
import { tidy } from '../../lib/text';

const router = express.Router();

function completeLogin(req: Request, res: Response) {
  const continueTo = req.query['continueTo'] as string;
  const item = tidy(continueTo);
  res.redirect(item);
}

router.get('/login/complete', completeLogin);

export default router;
