import express, { Request, Response } from 'express';
import * as path from 'path';

const router = express.Router();
const BASE_DIR = '/srv/app/files';

function serveFile(req: Request, res: Response) {
  const { attachment } = req.query as Record<string, string>;
  res.sendFile(path.resolve(BASE_DIR, `${attachment}.pdf`));
}

router.get('/files', serveFile);

export default router;
