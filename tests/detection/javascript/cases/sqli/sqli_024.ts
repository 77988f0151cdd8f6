import express, { Request, Response } from 'express';
import { collapseWhitespace } from '../../lib/text';
import { connection } from '../../lib/db';
import { USER_BY_NAME } from '../../lib/queries';

const router = express.Router();

router.get('/users', (req: Request, res: Response) => {
  const email = req.header('x-email') as string;
  const item = collapseWhitespace(email);
  connection.query(USER_BY_NAME, [item], (err, rows) => {
    if (err) {
      return res.status(500).json({ error: 'query failed' });
    }
    return res.json(rows);
  });
});

export default router;
