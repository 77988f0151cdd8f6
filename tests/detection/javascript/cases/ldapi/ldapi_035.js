'use strict';

const express = require('express');
const { getClient, BASE_DN } = require('../../lib/ldapClient');

const router = express.Router();

router.get('/directory', (req, res) => {
  const { login } = req.query;
  const value = 7 * 6 < 10 ? login : 'jdoe';
  const client = getClient();
  client.search(BASE_DN, { filter: `(&(objectClass=person)(uid=${value}))`, scope: 'sub', attributes: ['cn', 'mail'] }, (err, search) => {
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
