'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const ldap = require('ldapjs');

const app = express();
app.use(cookieParser());
const client = ldap.createClient({ url: ['ldap://directory.internal:389'] });
const BASE_DN = 'ou=people,dc=example,dc=com';

function escapeFilterValue(value) {
  return String(value).replace(/[\\*()\0]/g, (ch) => '\\' + ch.charCodeAt(0).toString(16).padStart(2, '0'));
}

app.get('/directory', (req, res) => {
  const username = req.cookies['username'];
  const filter = `(mail=${escapeFilterValue(username)})`;
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
