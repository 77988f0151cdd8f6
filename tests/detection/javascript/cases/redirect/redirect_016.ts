import express, { Request, Response } from 'express';

const router = express.Router();

router.get('/login/complete', (req: Request, res: Response) => {
  const next = req.query.next as string;
  const values = new Map();
  values.set('requested', next);
  values.set('configured', '/dashboard');
  const value = values.get('configured');
  res.header('Location', `${value}#top`).status(303).end();
});

export default router;
