import express, { Request, Response } from 'express';
import * as ldap from 'ldapjs';

const app = express();
const client = ldap.createClient({ url: ['ldap://directory.internal:389'] });
const BASE_DN = 'ou=people,dc=example,dc=com';

app.get('/directory', (req: Request, res: Response) => {
  const { username } = req.query as Record<string, string>;
  const filter = new ldap.EqualityFilter({ attribute: 'uid', value: username });
  client.search(BASE_DN, { filter: filter, scope: 'sub', attributes: ['cn', 'mail'] }, (err, search) => {
    if (err) {
      return res.status(500).json({ error: 'directory unavailable' });
    }
    const entries: unknown[] = [];
    search.on('searchEntry', (entry) => entries.push(entry.pojo));
    search.on('end', () => res.json(entries));
    return undefined;
  });
});

export default app;
