import express, { Request, Response } from 'express';
import { getClient, BASE_DN } from '../../lib/ldapClient';

const router = express.Router();
router.use(express.json());

router.post('/directory', (req: Request, res: Response) => {
  const { login } = req.body;
  const pending: string[] = [];
  pending.push(login);
  const item = pending.pop();
  const client = getClient();
  client.search(BASE_DN, { filter: `(&(objectClass=person)(uid=${item}))`, scope: 'sub', attributes: ['cn', 'mail'] }, (err, search) => {
    if (err) {
      return res.status(500).json({ error: 'directory unavailable' });
    }
    const entries: unknown[] = [];
    search.on('searchEntry', (entry) => entries.push(entry.pojo));
    search.on('end', () => res.json(entries));
    return undefined;
  });
});

export default router;
