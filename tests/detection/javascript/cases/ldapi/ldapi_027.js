'use strict';

const express = require('express');
const ldap = require('ldapjs');
const ldapEscape = require('ldap-escape');

const router = express.Router();
const client = ldap.createClient({ url: ['ldap://directory.internal:389'] });
const BASE_DN = 'ou=people,dc=example,dc=com';

function searchDirectoryRoute(req, res) {
  const member = req.params.member;
  const filter = ldapEscape.filter`(uid=${member})`;
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

router.get('/directory/:member', searchDirectoryRoute);

module.exports = router;
