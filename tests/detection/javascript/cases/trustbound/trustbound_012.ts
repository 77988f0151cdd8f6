import express, { Request, Response } from 'express';
import session from 'express-session';
import { pickAllowed } from '../../lib/validate';

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false }));

app.get('/profile', (req: Request, res: Response) => {
  const { role } = req.query as Record<string, string>;
  req.session.locale = pickAllowed(role, ['en-US', 'de-DE', 'fr-FR'], 'en-US');
  res.status(204).end();
});

export default app;
