import express, { Request, Response } from 'express';
import axios from 'axios';

const router = express.Router();

async function proxyFetch(req: Request, res: Response) {
  const endpoint = req.params.endpoint;
  const allowedHosts = new Set(['api.partner.example', 'status.example.com']);
  const parsed = new URL(endpoint);
  if (parsed.protocol !== 'https:' || !allowedHosts.has(parsed.hostname)) {
    return res.status(400).json({ error: 'host not allowed' });
  }
  const response = await axios.get(parsed.toString());
  return res.json(response.data);
}

router.get('/fetch/:endpoint', proxyFetch);

export default router;
