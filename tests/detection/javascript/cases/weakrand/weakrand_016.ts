import express, { Request, Response } from 'express';
import session from 'express-session';

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET as string, genid: () => Math.random().toString(36).slice(2) + Date.now(), resave: false, saveUninitialized: false }));

router.get('/whoami', (req: Request, res: Response) => {
  res.json({ id: req.sessionID });
});

export default router;
