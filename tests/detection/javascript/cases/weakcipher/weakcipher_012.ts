import express, { Request, Response } from 'express';
import * as crypto from 'crypto';

const router = express.Router();
router.use(express.json());
const KEY = Buffer.from(process.env.DATA_KEY as string, 'hex');

router.post('/vault', (req: Request, res: Response) => {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-128-gcm', KEY, iv);
  const encrypted = Buffer.concat([cipher.update(JSON.stringify(req.body), 'utf8'), cipher.final()]);
  res.json({ data: encrypted.toString('base64') });
});

export default router;
