import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

app.post('/login/complete', (req: Request, res: Response) => {
  const returnTo = req.body.returnTo;
  const destinations = new Set(['/account', '/orders', '/settings']);
  res.redirect(destinations.has(returnTo) ? returnTo : '/');
});

export default app;
