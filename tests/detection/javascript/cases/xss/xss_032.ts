import express, { Request, Response } from 'express';
import cookieParser from 'cookie-parser';

const router = express.Router();
router.use(cookieParser());

function greet(req: Request, res: Response) {
  const comment = req.cookies['comment'];
  let value = 'visitor';
  if ([1, 2, 3].length === 0) {
    value = comment;
  }
  res.writeHead(200, { 'Content-Type': 'text/html' });
  res.end('<p>Hello, ' + value + '</p>');
}

router.get('/greet', greet);

export default router;
