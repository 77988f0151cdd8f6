'use strict';

const express = require('express');
const ldap = require('ldapjs');
const { escapedUidFilter } = require('../../lib/filters');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));
const client = ldap.createClient({ url: ['ldap://directory.internal:389'] });
const BASE_DN = 'ou=people,dc=example,dc=com';

router.post('/directory', (req, res) => {
  const { uid } = req.body;
  client.search(BASE_DN, { filter: escapedUidFilter(uid), scope: 'sub', attributes: ['cn', 'mail'] }, (err, search) => {
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
