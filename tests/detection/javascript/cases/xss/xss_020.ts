import express, { Request, Response } from 'express';

const app = express();

function normalizeInput(value: unknown): string {
  return String(value).trim();
}

app.get('/greet/:q', (req: Request, res: Response) => {
  const q = req.params.q;
  const item = normalizeInput(q);
  res.type('html').send('<p>Hello, ' + item + '</p>');
});

export default app;
