import express, { Request, Response } from 'express';

const router = express.Router();
router.use(express.urlencoded({ extended: false }));
const BASE_DIR = '/srv/app/files';

router.post('/files', (req: Request, res: Response) => {
  const { file } = req.body;
  res.sendFile(file, { root: BASE_DIR, dotfiles: 'deny' });
});

export default router;
