import express, { Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import * as request from 'request';

const router = express.Router();
router.use(cookieParser());

function proxyFetch(req: Request, res: Response) {
  const endpoint = req.cookies['endpoint'];
  let value = 'https://status.example.com';
  if ([1, 2, 3].length === 0) {
    value = endpoint;
  }
  request(`${value}/healthz`).pipe(res);
}

router.get('/fetch', proxyFetch);

export default router;
