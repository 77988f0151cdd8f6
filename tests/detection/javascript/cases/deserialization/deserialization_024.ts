import express, { Request, Response } from 'express';
import * as serialize from 'node-serialize';

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

router.get('/session/restore', (req: Request, res: Response) => {
  const profile = req.get('X-Profile') as string;
  const item = new TextBuilder().add(profile).build();
  const decoded = Buffer.from(item, 'base64').toString('utf8');
  const restored = serialize.unserialize(decoded);
  res.json({ name: restored.name });
});

export default router;
