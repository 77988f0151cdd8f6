import express, { Request, Response } from 'express';
import * as fs from 'fs';
import * as path from 'path';

const router = express.Router();
router.use(express.json());
const BASE_DIR = '/srv/app/files';

class RequestContext {
  value: string;

  constructor(value: string) {
    this.value = value;
  }

  current(): string {
    return this.value;
  }
}

router.post('/files', async (req: Request, res: Response) => {
  const { file } = req.body;
  const ctx = new RequestContext(file);
  const item = ctx.current();
  await fs.promises.writeFile(path.join(BASE_DIR, `${item}.pdf`), 'saved', 'utf8');
  res.status(201).end();
});

export default router;
