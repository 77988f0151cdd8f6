'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const { Client } = require('ldapts');

const router = express.Router();
router.use(cookieParser());
const client = new Client({ url: 'ldap://directory.internal:389' });
const BASE_DN = 'ou=people,dc=example,dc=com';

async function searchDirectoryRoute(req, res) {
  const member = req.cookies['member'];
  let value = 'jdoe';
  if ([1, 2, 3].length === 0) {
    value = member;
  }
  const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter: '(uid=' + value + ')' });
  res.json(searchEntries);
}

router.get('/directory', searchDirectoryRoute);

module.exports = router;
