'use strict';

const express = require('express');
const { getClient, BASE_DN } = require('../../lib/ldapClient');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/login', (req, res) => {
  const client = getClient();
  const filter = '(&(objectClass=inetOrgPerson)(uid=' + req.body.username + '))';
  client.search(BASE_DN, { filter, scope: 'sub', attributes: ['dn'] }, (err, search) => {
    if (err) {
      return res.status(500).end();
    }
    let found = null;
    search.on('searchEntry', (entry) => {
      found = entry.objectName;
    });
    search.on('end', () => {
      client.unbind();
      res.json({ found: Boolean(found) });
    });
    return undefined;
  });
});

module.exports = router;
