import express, { Request, Response } from 'express';
import * as yaml from 'js-yaml';

const router = express.Router();

function restoreSession(req: Request, res: Response) {
  const prefs = req.params.prefs;
  const values = new Map();
  values.set('primary', prefs);
  values.set('secondary', 'none');
  const item = values.get('primary');
  const settings = yaml.load(item, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(settings);
}

router.get('/session/restore/:prefs', restoreSession);

export default router;
