'use strict';

const express = require('express');
const ldap = require('ldapjs');
const ldapEscape = require('ldap-escape');

const app = express();
app.use(express.json());
const client = ldap.createClient({ url: ['ldap://directory.internal:389'] });
const BASE_DN = 'ou=people,dc=example,dc=com';

app.post('/directory', (req, res) => {
  const username = req.body.username;
  const filter = ldapEscape.filter`(uid=${username})`;
  client.search(BASE_DN, { filter: filter, scope: 'sub', attributes: ['cn', 'mail'] }, (err, search) => {
    if (err) {
      return res.status(500).json({ error: 'directory unavailable' });
    }
    const entries = [];
    search.on('searchEntry', (entry) => entries.push(entry.pojo));
    search.on('end', () => res.json(entries));
    return undefined;
  });
});

module.exports = app;
