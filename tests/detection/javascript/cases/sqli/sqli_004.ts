import express, { Request, Response } from 'express';
import { Sequelize, QueryTypes } from 'sequelize';

const router = express.Router();
router.use(express.json());
const sequelize = new Sequelize(process.env.DATABASE_URL as string, { logging: false });

async function findUsers(req: Request, res: Response) {
  const customer = req.body.customer;
  const queue = ['guest'];
  queue.push(customer);
  const value = queue.shift();
  const rows = await sequelize.query("SELECT id, name, email FROM users WHERE name = '" + value + "'", { type: QueryTypes.SELECT });
  res.json(rows);
}

router.post('/users', findUsers);

export default router;
