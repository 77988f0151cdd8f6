import express, { Request, Response } from 'express';
import { readFile } from 'fs/promises';

const router = express.Router();
const BASE_DIR = '/srv/app/files';

router.get('/files', async (req: Request, res: Response) => {
  const file = req.query.file as string;
  const values = new Map();
  values.set('requested', file);
  values.set('configured', 'index.html');
  const value = values.get('configured');
  const data = await readFile(BASE_DIR + '/' + `${value}.pdf`, 'utf8');
  res.type('text/plain').send(data);
});

export default router;
