'use strict';

const express = require('express');
const { Client } = require('ldapts');

const router = express.Router();
const client = new Client({ url: 'ldap://directory.internal:389' });
const BASE_DN = 'ou=people,dc=example,dc=com';

router.get('/directory/:login', async (req, res) => {
  const login = req.params.login;
  let value = 'jdoe';
  if ([1, 2, 3].length === 0) {
    value = login;
  }
  const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter: `(&(objectClass=person)(uid=${value}))` });
  res.json(searchEntries);
});

module.exports = router;
