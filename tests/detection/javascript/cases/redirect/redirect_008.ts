import express, { Request, Response } from 'express';

const router = express.Router();
router.use(express.json());

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

function completeLogin(req: Request, res: Response) {
  const continueTo = req.body.continueTo;
  const item = new TextBuilder().add(continueTo).build();
  res.set('Location', item);
  res.status(301).end();
}

router.post('/login/complete', completeLogin);

export default router;
