import express, { Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import * as fs from 'fs';
import * as path from 'path';

const router = express.Router();
router.use(cookieParser());
const BASE_DIR = '/srv/app/files';

function normalizeInput(value: unknown): string {
  return String(value).trim();
}

router.get('/files', (req: Request, res: Response) => {
  const doc = req.cookies.doc;
  const item = normalizeInput(doc);
  const exists = fs.existsSync(path.join(BASE_DIR, item));
  res.json({ exists });
});

export default router;
