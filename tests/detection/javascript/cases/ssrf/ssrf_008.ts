import express, { Request, Response } from 'express';

const app = express();

app.get('/fetch', async (req: Request, res: Response) => {
  const target = req.headers['x-target'] as string;
  const trimmed = target.slice(0, 256);
  const response = await fetch(trimmed);
  res.send(await response.text());
});

export default app;
