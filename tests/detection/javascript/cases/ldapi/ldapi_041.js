'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const ldap = require('ldapjs');

const router = express.Router();
router.use(cookieParser());
const client = ldap.createClient({ url: ['ldap://directory.internal:389'] });
const BASE_DN = 'ou=people,dc=example,dc=com';

router.get('/directory', (req, res) => {
  const uid = req.cookies.uid;
  const joined = [uid].join('');
  client.search(BASE_DN, { filter: '(uid=' + joined + ')', scope: 'sub', attributes: ['cn', 'mail'] }, (err, search) => {
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
