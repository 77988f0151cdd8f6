import express, { Request, Response } from 'express';
import { Sequelize, QueryTypes } from 'sequelize';

const router = express.Router();
router.use(express.json());
const sequelize = new Sequelize(process.env.DATABASE_URL as string, { logging: false });

class RequestContext {
  value: string;

  constructor(value: string) {
    this.value = value;
  }

  current(): string {
    return this.value;
  }
}

router.post('/users', async (req: Request, res: Response) => {
  const { name } = req.body;
  const ctx = new RequestContext(name);
  const item = ctx.current();
  const rows = await sequelize.query("SELECT id, name, email FROM users WHERE name = '" + item + "'", { type: QueryTypes.SELECT });
  res.json(rows);
});

export default router;
