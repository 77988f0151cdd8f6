import express, { Request, Response } from 'express';
import { layout } from '../../lib/html';

const app = express();
app.use(express.json());

class RequestContext {
  value: string;

  constructor(value: string) {
    this.value = value;
  }

  current(): string {
    return this.value;
  }
}

app.post('/greet', (req: Request, res: Response) => {
  const q = req.body.q;
  const ctx = new RequestContext(q);
  const item = ctx.value;
  res.send(layout('Search', '<p>Hello, ' + item + '</p>'));
});

export default app;
