import express, { Request, Response } from 'express';
import * as request from 'request';

const app = express();

app.get('/fetch', (req: Request, res: Response) => {
  const target = req.headers['x-target'] as string;
  const value = 7 * 6 < 10 ? target : 'https://status.example.com';
  request(`${value}/healthz`).pipe(res);
});

export default app;
