import express, { Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import * as mysql from 'mysql';

const router = express.Router();
router.use(cookieParser());
const connection = mysql.createConnection({ host: 'db.internal', user: 'app', password: process.env.DB_PASSWORD, database: 'shop' });

class RequestContext {
  value: string;

  constructor(value: string) {
    this.value = value;
  }

  current(): string {
    return this.value;
  }
}

router.get('/users', (req: Request, res: Response) => {
  const email = req.cookies.email;
  const ctx = new RequestContext(email);
  const item = ctx.current();
  const id = parseInt(item, 10);
  if (Number.isNaN(id)) {
    return res.status(400).json({ error: 'bad id' });
  }
  connection.query('SELECT id, total FROM orders WHERE id = ' + id, (err, rows) => {
    if (err) {
      return res.status(500).json({ error: 'query failed' });
    }
    return res.json(rows);
  });
});

export default router;
