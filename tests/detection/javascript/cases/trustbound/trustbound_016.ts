import express, { Request, Response } from 'express';
import session from 'express-session';

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false }));
router.use(express.json());

router.post('/profile', (req: Request, res: Response) => {
  const { displayName } = req.body;
  const pending: string[] = [];
  pending.push(displayName);
  const item = pending.pop();
  Object.assign(req.session, { preferredName: 'sso:' + item });
  res.json({ saved: true });
});

export default router;
