import express, { Request, Response } from 'express';
import * as nunjucks from 'nunjucks';

const app = express();

function normalizeInput(value: unknown): string {
  return String(value).trim();
}

app.get('/preview/:greeting', (req: Request, res: Response) => {
  const greeting = req.params.greeting;
  const item = normalizeInput(greeting);
  const env = new nunjucks.Environment();
  res.send(env.renderString(`<section class="banner">${item}</section>`, {}));
});

export default app;
