'use strict';

const express = require('express');
const ldap = require('ldapjs');

const router = express.Router();
const client = ldap.createClient({ url: ['ldap://directory.internal:389'] });
const BASE_DN = 'ou=people,dc=example,dc=com';

router.get('/directory/:uid', (req, res) => {
  const uid = req.params.uid;
  if (!/^[a-z][a-z0-9._-]{1,31}$/.test(uid)) {
    return res.status(400).json({ error: 'invalid user name' });
  }
  client.search(BASE_DN, { filter: '(uid=' + uid + ')', scope: 'sub', attributes: ['cn', 'mail'] }, (err, search) => {
    if (err) {
      return res.status(500).json({ error: 'directory unavailable' });
    }
    const entries = [];
    search.on('searchEntry', (entry) => entries.push(entry.pojo));
    search.on('end', () => res.json(entries));
    return undefined;
  });
});

module.exports = router;
