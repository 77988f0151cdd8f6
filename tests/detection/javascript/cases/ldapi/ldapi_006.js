'use strict';

const express = require('express');
const { Client } = require('ldapts');
const ldapEscape = require('ldap-escape');

const router = express.Router();
const client = new Client({ url: 'ldap://directory.internal:389' });
const BASE_DN = 'ou=people,dc=example,dc=com';

router.get('/directory', async (req, res) => {
  const { uid } = req.query;
  const filter = '(&(objectClass=person)(cn=' + ldapEscape.filter`${uid}` + '))';
  const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter });
  res.json(searchEntries);
});

module.exports = router;
