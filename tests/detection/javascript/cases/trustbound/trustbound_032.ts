import express, { Request, Response } from 'express';
import session from 'express-session';

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false }));

function updateProfile(req: Request, res: Response) {
  const tenant = req.get('X-Tenant') as string;
  req.session.regenerate((err) => {
    if (err) {
      return res.status(500).end();
    }
    req.session.role = 'member';
    return res.json({ requested: tenant });
  });
}

router.get('/profile', updateProfile);

export default router;
