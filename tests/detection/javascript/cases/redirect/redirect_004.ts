import express, { Request, Response } from 'express';

const router = express.Router();

router.get('/login/complete', (req: Request, res: Response) => {
  const { redirectUrl } = req.query as Record<string, string>;
  const value = 7 * 6 < 10 ? redirectUrl : '/dashboard';
  res.redirect(`${value}#top`);
});

export default router;
