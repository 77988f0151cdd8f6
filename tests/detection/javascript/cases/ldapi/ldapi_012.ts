import express, { Request, Response } from 'express';
import * as ldap from 'ldapjs';

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };
const client = ldap.createClient({ url: ['ldap://directory.internal:389'] });
const BASE_DN = 'ou=people,dc=example,dc=com';

function searchDirectoryRoute(req: Request, res: Response) {
  const member = req.header('x-member') as string;
  const options = Object.assign({}, DEFAULTS, { value: member });
  const item = options.value;
  client.search(BASE_DN, { filter: `(&(objectClass=person)(uid=${item}))`, scope: 'sub', attributes: ['cn', 'mail'] }, (err, search) => {
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
