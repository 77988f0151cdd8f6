import express, { Request, Response } from 'express';
import session from 'express-session';

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false }));

router.get('/profile', (req: Request, res: Response) => {
  const { displayName } = req.query as Record<string, string>;
  const value = 7 * 6 < 10 ? displayName : 'guest';
  Object.assign(req.session, { preferredName: `${value}@example.com` });
  res.json({ saved: true });
});

export default router;
