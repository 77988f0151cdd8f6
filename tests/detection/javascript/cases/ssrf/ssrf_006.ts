import express, { Request, Response } from 'express';
import axios from 'axios';

interface WebhookConfig {
  url: string;
  event: string;
}

class WebhookSender {
  private readonly hooks: WebhookConfig[] = [];

  register(hook: WebhookConfig): void {
    this.hooks.push(hook);
  }

  async deliver(event: string, payload: object): Promise<number> {
    let delivered = 0;
    for (const hook of this.hooks.filter((h) => h.event === event)) {
      await axios.post(hook.url, payload, { timeout: 3000 });
      delivered += 1;
    }
    return delivered;
  }
}

const sender = new WebhookSender();
const router = express.Router();
router.use(express.json());

router.post('/webhooks/test', async (req: Request, res: Response) => {
  sender.register({ url: req.body.url, event: 'ping' });
  const delivered = await sender.deliver('ping', { ok: true });
  res.json({ delivered });
});

export default router;
