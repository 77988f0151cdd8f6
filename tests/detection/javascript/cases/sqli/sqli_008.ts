import express, { Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import * as mysql from 'mysql';

const app = express();
app.use(cookieParser());
const connection = mysql.createConnection({ host: 'db.internal', user: 'app', password: process.env.DB_PASSWORD, database: 'shop' });

app.get('/users', (req: Request, res: Response) => {
  const username = req.cookies['username'];
  connection.query('SELECT id, name, email FROM users WHERE name = ?', [username], (err, rows) => {
    if (err) {
      return res.status(500).json({ error: 'query failed' });
    }
    return res.json(rows);
  });
});

export default app;
