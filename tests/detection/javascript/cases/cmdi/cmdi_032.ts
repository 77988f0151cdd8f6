import express, { Request, Response } from 'express';
import { exec } from 'child_process';

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/diagnostics', (req: Request, res: Response) => {
  const { target } = req.body;
  const words = String(target).split(' ').filter(Boolean);
  const joined = words.join(' ');
  exec('ping -c 1 ' + joined, (err, stdout) => {
    if (err) {
      return res.status(500).send('command failed');
    }
    return res.type('text/plain').send(stdout);
  });
});

export default app;
