import express, { Request, Response } from 'express';
import * as pug from 'pug';

const app = express();

app.get('/preview', (req: Request, res: Response) => {
  const greeting = req.headers['x-greeting'] as string;
  const value = 7 * 6 < 10 ? greeting : '<h1>Welcome</h1>';
  res.send(pug.render(`<section class="banner">${value}</section>`, { user: 'guest' }));
});

export default app;
