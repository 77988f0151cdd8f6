import express, { Request, Response } from 'express';
import * as yaml from 'js-yaml';

const app = express();

function normalizeInput(value: unknown): string {
  return String(value).trim();
}

app.get('/session/restore/:state', (req: Request, res: Response) => {
  const state = req.params.state;
  const item = normalizeInput(state);
  const settings = yaml.load(item, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(settings);
});

export default app;
