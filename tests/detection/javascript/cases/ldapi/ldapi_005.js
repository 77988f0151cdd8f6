'use strict';

const express = require('express');
const { Client, EqualityFilter } = require('ldapts');

const router = express.Router();
const client = new Client({ url: 'ldap://directory.internal:389' });
const BASE_DN = 'ou=people,dc=example,dc=com';

async function searchDirectoryRoute(req, res) {
  const member = req.query['member'];
  const filter = new EqualityFilter({ attribute: 'mail', value: member });
  const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter });
  res.json(searchEntries);
}

router.get('/directory', searchDirectoryRoute);

module.exports = router;
