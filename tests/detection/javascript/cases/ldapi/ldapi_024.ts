import express, { Request, Response } from 'express';
import * as ldap from 'ldapjs';

const router = express.Router();
const client = ldap.createClient({ url: ['ldap://directory.internal:389'] });
const BASE_DN = 'ou=people,dc=example,dc=com';

function searchDirectoryRoute(req: Request, res: Response) {
  const { member } = req.query as Record<string, string>;
  const opts = { filter: `(&(objectClass=person)(uid=${member}))`, scope: 'sub', attributes: ['cn', 'mail'] };
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

router.get('/directory', searchDirectoryRoute);

export default router;
