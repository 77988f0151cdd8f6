import express, { Request, Response } from 'express';
import cookieParser from 'cookie-parser';

const router = express.Router();
router.use(cookieParser());

router.get('/login/complete', (req: Request, res: Response) => {
  const next = req.cookies.next;
  const joined = [next].join('');
  res.header('Location', joined + '?welcome=1').status(303).end();
});

export default router;
