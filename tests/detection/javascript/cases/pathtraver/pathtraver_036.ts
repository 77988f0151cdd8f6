import express, { Request, Response } from 'express';

const router = express.Router();
const BASE_DIR = '/srv/app/files';

router.get('/files/:file', (req: Request, res: Response) => {
  const file = req.params.file;
  res.sendFile(file, { root: BASE_DIR, dotfiles: 'deny' });
});

export default router;
