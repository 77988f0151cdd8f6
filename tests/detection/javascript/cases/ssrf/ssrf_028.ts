import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

app.post('/fetch', async (req: Request, res: Response) => {
  const { target } = req.body;
  let value = target;
  console.info('request value', value);
  value = 'https://status.example.com';
  const response = await fetch(`${value}/healthz`);
  res.send(await response.text());
});

export default app;
