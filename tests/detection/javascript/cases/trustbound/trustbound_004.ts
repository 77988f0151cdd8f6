import express, { Request, Response } from 'express';
import session from 'express-session';

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false }));

router.get('/profile/:displayName', (req: Request, res: Response) => {
  const displayName = req.params.displayName;
  let value = 'guest';
  if ([1, 2, 3].length === 0) {
    value = displayName;
  }
  const store = req.session;
  store.tenant = `${value}@example.com`;
  res.redirect('/home');
});

export default router;
