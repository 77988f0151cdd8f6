import express, { Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import { connection } from '../../lib/db';

const router = express.Router();
router.use(cookieParser());

function normalizeInput(value: unknown): string {
  return String(value).trim();
}

router.get('/users', (req: Request, res: Response) => {
  const email = req.cookies.email;
  const item = normalizeInput(email);
  connection.query(`SELECT id, name, email FROM users WHERE name = '${item}'`, (err, rows) => {
    if (err) {
      return res.status(500).json({ error: 'query failed' });
    }
    return res.json(rows);
  });
});

export default router;
