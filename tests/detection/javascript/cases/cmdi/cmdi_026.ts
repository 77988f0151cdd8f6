import express, { Request, Response } from 'express';
import { exec } from 'child_process';

const router = express.Router();
router.use(express.json());

router.post('/git/archive', (req: Request, res: Response) => {
  const { ref, paths } = req.body as { ref: string; paths: string[] };
  const args = ['git', 'archive', '--format=tar.gz', ref];
  for (const p of paths || []) {
    args.push(p);
  }
  exec(args.join(' '), { cwd: '/srv/repos/app', encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }, (err, stdout) => {
    if (err) {
      res.status(500).send('archive failed');
      return;
    }
    res.type('application/gzip').send(stdout);
  });
});

export default router;
