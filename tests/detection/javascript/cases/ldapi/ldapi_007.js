'use strict';

const express = require('express');
const ldap = require('ldapjs');

const router = express.Router();
router.use(express.json());
const client = ldap.createClient({ url: ['ldap://directory.internal:389'] });
const BASE_DN = 'ou=people,dc=example,dc=com';

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

router.post('/directory', (req, res) => {
  const { uid } = req.body;
  const ctx = new RequestContext(uid);
  const item = ctx.current();
  const opts = { filter: '(uid=' + item + ')', scope: 'sub', attributes: ['cn', 'mail'] };
  client.search(BASE_DN, opts, (err, search) => {
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
