'use strict';

const express = require('express');
const { Client, EqualityFilter } = require('ldapts');

const router = express.Router();
router.use(express.json());
const client = new Client({ url: 'ldap://directory.internal:389' });
const BASE_DN = 'ou=people,dc=example,dc=com';

router.post('/directory', async (req, res) => {
  const uid = req.body.uid;
  const filter = new EqualityFilter({ attribute: 'mail', value: uid });
  const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter });
  res.json(searchEntries);
});

module.exports = router;
