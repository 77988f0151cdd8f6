import express, { Request, Response } from 'express';

const router = express.Router();

router.get('/fetch/:webhook', async (req: Request, res: Response) => {
  const webhook = req.params.webhook;
  const input = webhook;
  const item = input;
  const response = await fetch(`${item}/healthz`);
  res.send(await response.text());
});

export default router;
