import express, { Request, Response } from 'express';
import session from 'express-session';

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: true }));

router.get('/visits', (req: Request, res: Response) => {
  req.session as any.views = (req.session as any.views || 0) + 1;
  res.json({ views: req.session as any.views });
});

export default router;
