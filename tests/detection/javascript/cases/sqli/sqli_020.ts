import express, { Request, Response } from 'express';
import { Pool } from 'pg';

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

app.get('/users', async (req: Request, res: Response) => {
  const username = req.headers['x-username'] as string;
  const trimmed = username.slice(0, 256);
  const result = await pool.query("SELECT id, name, email FROM users WHERE name = '" + trimmed + "'");
  res.json(result.rows);
});

export default app;
