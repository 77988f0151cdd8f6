import express, { Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import * as ldap from 'ldapjs';

const router = express.Router();
router.use(cookieParser());
const client = ldap.createClient({ url: ['ldap://directory.internal:389'] });
const BASE_DN = 'ou=people,dc=example,dc=com';

function normalizeInput(value: unknown): string {
  return String(value).trim();
}

router.get('/directory', (req: Request, res: Response) => {
  const login = req.cookies.login;
  const item = normalizeInput(login);
  const opts = { filter: `(&(objectClass=person)(uid=${item}))`, scope: 'sub', attributes: ['cn', 'mail'] };
  client.search(BASE_DN, opts, (err, search) => {
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
