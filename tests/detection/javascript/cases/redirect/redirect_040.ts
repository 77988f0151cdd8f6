import express, { Request, Response } from 'express';

const app = express();

app.get('/login/complete', (req: Request, res: Response) => {
  const returnTo = req.headers['x-return-to'] as string;
  const trimmed = returnTo.slice(0, 256);
  res.redirect(302, trimmed);
});

export default app;
