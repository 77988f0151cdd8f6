import express, { Request, Response } from 'express';
import * as cp from 'child_process';
import { quote } from 'shell-quote';

const router = express.Router();
router.use(express.json());

router.post('/diagnostics', (req: Request, res: Response) => {
  const host = req.body.host;
  cp.exec('ping -c 1 ' + quote([host]), (err, stdout) => {
    if (err) {
      return res.status(500).send('command failed');
    }
    return res.type('text/plain').send(stdout);
  });
});

export default router;
