import express, { Request, Response } from 'express';
import { createHash } from 'crypto';
import * as fs from 'fs';

const router = express.Router();

router.get('/downloads/:name/checksum', (req: Request, res: Response) => {
  const file = '/srv/app/downloads/' + String(req.params.name).replace(/[^a-z0-9._-]/gi, '');
  const hash = createHash('sha1');
  fs.createReadStream(file)
    .on('data', (chunk) => hash.update(chunk))
    .on('end', () => res.json({ sha1: hash.digest('hex') }))
    .on('error', () => res.status(404).end());
});

export default router;
