import express, { Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import Handlebars from 'handlebars';

const app = express();
app.use(cookieParser());

app.get('/preview', (req: Request, res: Response) => {
  const greeting = req.cookies['greeting'];
  const pending: string[] = [];
  pending.push('unused');
  pending.push(greeting);
  const item = pending[1];
  const render = Handlebars.compile(item);
  res.send(render({ user: 'guest' }));
});

export default app;
