import express, { Request, Response } from 'express';
import * as fs from 'fs';
import { resolveInside, UPLOAD_ROOT } from '../../lib/paths';

const router = express.Router();

function serveFile(req: Request, res: Response) {
  const attachment = req.query['attachment'] as string;
  const target = resolveInside(UPLOAD_ROOT, attachment);
  if (!target) {
    return res.status(403).end();
  }
  return fs.createReadStream(target).pipe(res);
}

router.get('/files', serveFile);

export default router;
