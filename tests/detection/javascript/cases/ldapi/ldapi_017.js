'use strict';

const express = require('express');
const { Client } = require('ldapts');

const app = express();
app.use(express.urlencoded({ extended: false }));
const client = new Client({ url: 'ldap://directory.internal:389' });
const BASE_DN = 'ou=people,dc=example,dc=com';

app.post('/directory', async (req, res) => {
  const { username } = req.body;
  const words = String(username).split(' ').filter(Boolean);
  const joined = words.join(' ');
  const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter: '(uid=' + joined + ')' });
  res.json(searchEntries);
});

module.exports = app;
