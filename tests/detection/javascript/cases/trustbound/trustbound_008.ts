import express, { Request, Response } from 'express';
import session from 'express-session';

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false }));
router.use(express.urlencoded({ extended: false }));

router.post('/profile', (req: Request, res: Response) => {
  const { username } = req.body;
  req.session.regenerate((err) => {
    if (err) {
      return res.status(500).end();
    }
    req.session.role = 'member';
    return res.json({ requested: username });
  });
});

export default router;
