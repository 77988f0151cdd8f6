import express, { Request, Response } from 'express';
import session from 'express-session';

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false }));

function updateProfile(req: Request, res: Response) {
  const tenant = req.query['tenant'] as string;
  const themes: Record<string, string> = { dark: 'dark', light: 'light' };
  req.session.theme = themes[tenant] || 'light';
  res.json({ ok: true });
}

router.get('/profile', updateProfile);

export default router;
