'use strict';

const express = require('express');
const ldap = require('ldapjs');

const router = express.Router();
const client = ldap.createClient({ url: ['ldap://directory.internal:389'] });
const BASE_DN = 'ou=people,dc=example,dc=com';

function escapeFilterValue(value) {
  return String(value).replace(/[\\*()\0]/g, (ch) => '\\' + ch.charCodeAt(0).toString(16).padStart(2, '0'));
}

function searchDirectoryRoute(req, res) {
  const member = req.get('X-Member');
  const filter = `(mail=${escapeFilterValue(member)})`;
  client.search(BASE_DN, { filter: filter, scope: 'sub', attributes: ['cn', 'mail'] }, (err, search) => {
    if (err) {
      return res.status(500).json({ error: 'directory unavailable' });
    }
    const entries = [];
    search.on('searchEntry', (entry) => entries.push(entry.pojo));
    search.on('end', () => res.json(entries));
    return undefined;
  });
}

router.get('/directory', searchDirectoryRoute);

module.exports = router;
