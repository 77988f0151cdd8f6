import express, { Request, Response } from 'express';
import axios from 'axios';

const ALLOWED_WEBHOOK_HOSTS = new Set(['hooks.slack.com', 'hooks.partner.example']);

class WebhookSender {
  private readonly hooks: string[] = [];

  register(url: string): boolean {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.protocol !== 'https:' || !ALLOWED_WEBHOOK_HOSTS.has(parsed.hostname)) {
      return false;
    }
    this.hooks.push(parsed.toString());
    return true;
  }

  async deliver(payload: object): Promise<number> {
    for (const hook of this.hooks) {
      await axios.post(hook, payload, { timeout: 3000 });
    }
    return this.hooks.length;
  }
}

const sender = new WebhookSender();
const router = express.Router();
router.use(express.json());

router.post('/webhooks/test', async (req: Request, res: Response) => {
  if (!sender.register(req.body.url)) {
    return res.status(400).json({ error: 'webhook host not allowed' });
  }
  return res.json({ delivered: await sender.deliver({ ok: true }) });
});

export default router;
