'use strict';

const express = require('express');
const ldap = require('ldapjs');
const { escapedUidFilter } = require('../../lib/filters');

const app = express();
const client = ldap.createClient({ url: ['ldap://directory.internal:389'] });
const BASE_DN = 'ou=people,dc=example,dc=com';

app.get('/directory', (req, res) => {
  const username = req.query['username'];
  client.search(BASE_DN, { filter: escapedUidFilter(username), scope: 'sub', attributes: ['cn', 'mail'] }, (err, search) => {
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
