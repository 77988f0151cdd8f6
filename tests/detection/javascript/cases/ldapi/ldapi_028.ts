import express, { Request, Response } from 'express';
import { Client } from 'ldapts';

const router = express.Router();
const client = new Client({ url: 'ldap://directory.internal:389' });
const BASE_DN = 'ou=people,dc=example,dc=com';

router.get('/directory', async (req: Request, res: Response) => {
  const login = req.query.login as string;
  const values: Record<string, string> = {};
  values['primary'] = login;
  const item = values.primary;
  const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter: `(&(objectClass=person)(uid=${item}))` });
  res.json(searchEntries);
});

export default router;
