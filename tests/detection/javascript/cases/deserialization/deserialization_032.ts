import express, { Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import * as yaml from 'js-yaml';

const app = express();
app.use(cookieParser());

app.get('/session/restore', (req: Request, res: Response) => {
  const state = req.cookies['state'];
  const settings = yaml.load(state, { schema: yaml.FAILSAFE_SCHEMA });
  res.json(settings);
});

export default app;
