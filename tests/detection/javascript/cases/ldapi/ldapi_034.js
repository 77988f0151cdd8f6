'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const ldap = require('ldapjs');

const app = express();
app.use(cookieParser());
const client = ldap.createClient({ url: ['ldap://directory.internal:389'] });
const BASE_DN = 'ou=people,dc=example,dc=com';

function searchDirectory(directory, filter) {
  return new Promise((resolve, reject) => {
    directory.search(BASE_DN, { filter, scope: 'sub' }, (err, search) => {
      if (err) {
        return reject(err);
      }
      const found = [];
      search.on('searchEntry', (entry) => found.push(entry.pojo));
      search.on('error', reject);
      search.on('end', () => resolve(found));
      return undefined;
    });
  });
}

app.get('/directory', async (req, res) => {
  const username = req.cookies['username'];
  const pending = [];
  pending.push('unused');
  pending.push(username);
  const item = pending[1];
  const entries = await searchDirectory(client, '(uid=' + item + ')');
  res.json(entries);
});

module.exports = app;
