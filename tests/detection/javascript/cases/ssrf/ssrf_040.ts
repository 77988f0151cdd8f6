import express, { Request, Response } from 'express';
import got from 'got';

const router = express.Router();

async function proxyFetch(req: Request, res: Response) {
  const endpoint = req.params.endpoint;
  const values = new Map();
  values.set('primary', endpoint);
  values.set('secondary', 'none');
  const item = values.get('primary');
  const body = await got(item + '/api/v1/status').text();
  res.send(body);
}

router.get('/fetch/:endpoint', proxyFetch);

export default router;
