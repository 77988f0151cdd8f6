import express, { Request, Response } from 'express';
import session from 'express-session';
import * as crypto from 'crypto';

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET as string, genid: () => crypto.randomUUID(), resave: false, saveUninitialized: false }));

router.get('/whoami', (req: Request, res: Response) => {
  res.json({ id: req.sessionID });
});

export default router;
