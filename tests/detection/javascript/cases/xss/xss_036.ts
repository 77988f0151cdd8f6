import express, { Request, Response } from 'express';

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

router.get('/greet', (req: Request, res: Response) => {
  const name = req.get('X-Name') as string;
  const item = new TextBuilder().add(name).build();
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.write('<p>Hello, ' + item + '</p>');
  res.end();
});

export default router;
