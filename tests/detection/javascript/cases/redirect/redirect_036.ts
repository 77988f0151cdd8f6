import express, { Request, Response } from 'express';

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

app.post('/login/complete', (req: Request, res: Response) => {
  const returnTo = req.body.returnTo;
  const ctx = new RequestContext(returnTo);
  const item = ctx.value;
  res.set('Location', `${item}#top`);
  res.status(301).end();
});

export default app;
