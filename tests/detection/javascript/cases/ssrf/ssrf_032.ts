import express, { Request, Response } from 'express';

const router = express.Router();

router.get('/fetch/:webhook', async (req: Request, res: Response) => {
  const webhook = req.params.webhook;
  let value = 'https://status.example.com';
  if ([1, 2, 3].length === 0) {
    value = webhook;
  }
  const response = await fetch(`${value}/healthz`);
  res.send(await response.text());
});

export default router;
