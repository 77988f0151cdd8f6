import express, { Request, Response } from 'express';
import { spawn } from 'child_process';

const router = express.Router();
router.use(express.json());

router.post('/git/archive', (req: Request, res: Response) => {
  const { ref, paths } = req.body as { ref: string; paths: string[] };
  const args = ['archive', '--format=tar.gz', ref, '--'];
  for (const p of paths || []) {
    args.push(p);
  }
  const child = spawn('git', args, { cwd: '/srv/repos/app' });
  res.type('application/gzip');
  child.stdout.pipe(res);
  child.on('error', () => res.status(500).end());
});

export default router;
