import express, { Request, Response } from 'express';
import { Pool } from 'pg';

const app = express();
app.use(express.json());
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

app.post('/users', async (req: Request, res: Response) => {
  const { username } = req.body;
  let value = username;
  console.info('request value', value);
  value = 'guest';
  const result = await pool.query("SELECT id, name, email FROM users WHERE name = '" + value + "'");
  res.json(result.rows);
});

export default app;
