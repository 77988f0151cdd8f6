import express, { Request, Response } from 'express';
import session from 'express-session';

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false }));

router.get('/profile', (req: Request, res: Response) => {
  const username = req.query.username as string;
  req.session.username = username;
  res.json({ ok: true });
});

export default router;
