'use strict';

const express = require('express');
const ldap = require('ldapjs');

const router = express.Router();
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

async function searchDirectoryRoute(req, res) {
  const member = req.params.member;
  const values = new Map();
  values.set('primary', member);
  values.set('secondary', 'none');
  const item = values.get('primary');
  const entries = await searchDirectory(client, `(&(objectClass=person)(uid=${item}))`);
  res.json(entries);
}

router.get('/directory/:member', searchDirectoryRoute);

module.exports = router;
