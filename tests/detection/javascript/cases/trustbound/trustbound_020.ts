import express, { Request, Response } from 'express';
import session from 'express-session';

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false }));

router.get('/profile/:displayName', (req: Request, res: Response) => {
  const displayName = req.params.displayName;
  const input = displayName;
  const item = input;
  req.session.username = `${item}@example.com`;
  res.json({ ok: true });
});

export default router;
