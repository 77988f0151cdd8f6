import express, { Request, Response } from 'express';
import * as ldap from 'ldapjs';

const router = express.Router();
router.use(express.json());
const client = ldap.createClient({ url: ['ldap://directory.internal:389'] });
const BASE_DN = 'ou=people,dc=example,dc=com';

function searchDirectoryRoute(req: Request, res: Response) {
  const member = req.body.member;
  const queue = ['jdoe'];
  queue.push(member);
  const value = queue.shift();
  const opts = { filter: '(uid=' + value + ')', scope: 'sub', attributes: ['cn', 'mail'] };
  client.search(BASE_DN, opts, (err, search) => {
    if (err) {
      return res.status(500).json({ error: 'directory unavailable' });
    }
    const entries: unknown[] = [];
    search.on('searchEntry', (entry) => entries.push(entry.pojo));
    search.on('end', () => res.json(entries));
    return undefined;
  });
}

router.post('/directory', searchDirectoryRoute);

export default router;
