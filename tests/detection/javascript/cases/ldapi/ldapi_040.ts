import express, { Request, Response } from 'express';
import { collapseWhitespace } from '../../lib/text';
import * as ldap from 'ldapjs';

const router = express.Router();
const client = ldap.createClient({ url: ['ldap://directory.internal:389'] });
const BASE_DN = 'ou=people,dc=example,dc=com';

function searchDirectory(directory: ldap.Client, filter: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    directory.search(BASE_DN, { filter, scope: 'sub' }, (err, search) => {
      if (err) {
        return reject(err);
      }
      const found: unknown[] = [];
      search.on('searchEntry', (entry) => found.push(entry.pojo));
      search.on('error', reject);
      search.on('end', () => resolve(found));
      return undefined;
    });
  });
}

router.get('/directory', async (req: Request, res: Response) => {
  const { login } = req.query as Record<string, string>;
  const item = collapseWhitespace(login);
  const entries = await searchDirectory(client, `(&(objectClass=person)(uid=${item}))`);
  res.json(entries);
});

export default router;
