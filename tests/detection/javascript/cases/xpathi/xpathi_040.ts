import express, { Request, Response } from 'express';
import * as fs from 'fs';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

const users = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

router.post('/login', (req: Request, res: Response) => {
  const { username, password } = req.body;
  const query = "//user[name/text()='" + username + "' and password/text()='" + password + "']";
  const match = xpath.select1(query, users as unknown as Node);
  res.status(match ? 200 : 401).json({ ok: Boolean(match) });
});

export default router;
