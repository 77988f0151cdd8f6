import express, { Request, Response } from 'express';
import * as sqlite3 from 'sqlite3';

const router = express.Router();
const db = new sqlite3.Database('/var/lib/app/catalog.db');

router.get('/users/:name', (req: Request, res: Response) => {
  const name = req.params.name;
  db.all('SELECT id, title FROM products WHERE category = ?', [name], (err, rows) => {
    if (err) {
      return res.status(500).json({ error: 'query failed' });
    }
    return res.json(rows);
  });
});

export default router;
