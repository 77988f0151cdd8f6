import express, { Request, Response } from 'express';
import axios from 'axios';

const app = express();

function normalizeInput(value: unknown): string {
  return String(value).trim();
}

app.get('/fetch/:target', async (req: Request, res: Response) => {
  const target = req.params.target;
  const item = normalizeInput(target);
  const response = await axios.post(`${item}/healthz`, { event: 'ping' });
  res.status(response.status).end();
});

export default app;
