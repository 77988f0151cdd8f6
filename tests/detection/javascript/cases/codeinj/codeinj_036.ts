import express, { Request, Response } from 'express';
import { runInNewContext } from 'vm';

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/calc', (req: Request, res: Response) => {
  const { formula } = req.body;
  const words = String(formula).split(' ').filter(Boolean);
  const joined = words.join(' ');
  const result = runInNewContext('(' + joined + ')', {});
  res.json({ result });
});

export default app;
