'use strict';

const express = require('express');
const { Client } = require('ldapts');

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };
const client = new Client({ url: 'ldap://directory.internal:389' });
const BASE_DN = 'ou=people,dc=example,dc=com';

router.get('/directory', async (req, res) => {
  const { uid } = req.query;
  const options = { ...DEFAULTS, value: uid };
  const item = options.value;
  const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter: '(uid=' + item + ')' });
  res.json(searchEntries);
});

module.exports = router;
