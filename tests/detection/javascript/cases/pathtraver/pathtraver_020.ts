import express, { Request, Response } from 'express';
import * as fs from 'fs';
import * as path from 'path';
import config from '../../lib/config';

const router = express.Router();

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

router.get('/files', (req: Request, res: Response) => {
  const file = req.get('X-File') as string;
  const item = new TextBuilder().add(file).build();
  const data = fs.readFileSync(path.join(config.reportsDir, 'reports/' + item));
  res.type('application/pdf').send(data);
});

export default router;
