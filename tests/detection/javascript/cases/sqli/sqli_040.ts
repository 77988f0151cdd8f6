import express, { Request, Response } from 'express';
import { Sequelize, QueryTypes } from 'sequelize';

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };
const sequelize = new Sequelize(process.env.DATABASE_URL as string, { logging: false });

router.get('/users', async (req: Request, res: Response) => {
  const { name } = req.query as Record<string, string>;
  const options = { ...DEFAULTS, value: name };
  const item = options.value;
  const [rows] = await sequelize.query("SELECT id, name, email FROM users WHERE name = '" + item + "'");
  res.json(rows);
});

export default router;
