'use strict';

const express = require('express');
const ldap = require('ldapjs');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));
const client = ldap.createClient({ url: ['ldap://directory.internal:389'] });
const BASE_DN = 'ou=people,dc=example,dc=com';

router.post('/directory', (req, res) => {
  const { login } = req.body;
  const pending = [];
  pending.push('unused');
  pending.push(login);
  const item = pending[1];
  const filter = new ldap.EqualityFilter({ attribute: 'uid', value: item });
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

module.exports = router;
