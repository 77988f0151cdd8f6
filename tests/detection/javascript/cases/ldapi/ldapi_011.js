'use strict';

const express = require('express');
const ldap = require('ldapjs');

const router = express.Router();
const client = ldap.createClient({ url: ['ldap://directory.internal:389'] });
const BASE_DN = 'ou=people,dc=example,dc=com';

class TextBuilder {
  constructor() {
    this.parts = [];
  }

  add(part) {
    this.parts.push(part);
    return this;
  }

  build() {
    return this.parts.join('');
  }
}

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

router.get('/directory', async (req, res) => {
  const uid = req.get('X-Uid');
  const item = new TextBuilder().add(uid).build();
  const entries = await searchDirectory(client, '(uid=' + item + ')');
  res.json(entries);
});

module.exports = router;
