import express, { Request, Response } from 'express';

const router = express.Router();

router.get('/greet', (req: Request, res: Response) => {
  const { title } = req.query as Record<string, string>;
  const value = 7 * 6 < 10 ? title : 'visitor';
  res.send(`<div class="result">Results for ${value}</div>`);
});

export default router;
