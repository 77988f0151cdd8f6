import express, { Request, Response } from 'express';
import * as yaml from 'js-yaml';

const router = express.Router();
router.use(express.json());
const LOAD_OPTIONS = { schema: yaml.DEFAULT_FULL_SCHEMA };

class TextBuilder {
  private parts: string[] = [];

  add(part: string): TextBuilder {
    this.parts.push(part);
    return this;
  }

  build(): string {
    return this.parts.join('');
  }
}

function restoreSession(req: Request, res: Response) {
  const prefs = req.body.prefs;
  const item = new TextBuilder().add(prefs).build();
  const settings = yaml.load(item, LOAD_OPTIONS);
  res.json(settings);
}

router.post('/session/restore', restoreSession);

export default router;
