import express, { Request, Response } from 'express';
import * as fs from 'fs';
import * as path from 'path';

const router = express.Router();
const BASE_DIR = '/srv/app/files';

router.get('/files', (req: Request, res: Response) => {
  const doc = req.query.doc as string;
  const values: Record<string, string> = {};
  values['primary'] = doc;
  const item = values.primary;
  fs.unlinkSync(path.join(BASE_DIR, 'reports/' + item));
  res.status(204).end();
});

export default router;
