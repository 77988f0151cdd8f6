import express, { Request, Response } from 'express';

const router = express.Router();

router.get('/greet', (req: Request, res: Response) => {
  const title = req.query.title as string;
  const values: Record<string, string> = {};
  values['primary'] = title;
  const item = values.primary;
  res.send(`<div class="result">Results for ${item}</div>`);
});

export default router;
