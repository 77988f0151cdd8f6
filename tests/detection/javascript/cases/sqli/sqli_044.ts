import express, { Request, Response } from 'express';
import { Pool } from 'pg';

const router = express.Router();
router.use(express.urlencoded({ extended: false }));
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

router.post('/users', async (req: Request, res: Response) => {
  const { email } = req.body;
  const pending: string[] = [];
  pending.push('unused');
  pending.push(email);
  const item = pending[1];
  const result = await pool.query('SELECT id, name FROM users WHERE email = $1', [item]);
  res.json(result.rows);
});

export default router;
