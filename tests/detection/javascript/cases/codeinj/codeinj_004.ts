import express, { Request, Response } from 'express';
import cookieParser from 'cookie-parser';

const router = express.Router();
router.use(cookieParser());

router.get('/calc', (req: Request, res: Response) => {
  const expression = req.cookies.expression;
  const joined = [expression].join('');
  const result = eval('(' + joined + ')');
  res.json({ result });
});

export default router;
