import express, { Request, Response } from 'express';
import * as ejs from 'ejs';

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

router.get('/preview', (req: Request, res: Response) => {
  const template = req.get('X-Template') as string;
  const item = new TextBuilder().add(template).build();
  const fn = ejs.compile('<h1>' + item + '</h1>');
  res.send(fn({ user: 'guest' }));
});

export default router;
