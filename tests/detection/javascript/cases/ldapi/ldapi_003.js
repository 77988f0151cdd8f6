'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const { Client } = require('ldapts');
const ldapEscape = require('ldap-escape');

const router = express.Router();
router.use(cookieParser());
const client = new Client({ url: 'ldap://directory.internal:389' });
const BASE_DN = 'ou=people,dc=example,dc=com';

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

router.get('/directory', async (req, res) => {
  const login = req.cookies.login;
  const ctx = new RequestContext(login);
  const item = ctx.current();
  const filter = '(&(objectClass=person)(cn=' + ldapEscape.filter`${item}` + '))';
  const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter });
  res.json(searchEntries);
});

module.exports = router;
