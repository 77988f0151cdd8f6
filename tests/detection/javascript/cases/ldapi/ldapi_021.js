'use strict';

const express = require('express');
const { tidy } = require('../../lib/text');
const { getClient, BASE_DN } = require('../../lib/ldapClient');

const router = express.Router();

function searchDirectoryRoute(req, res) {
  const member = req.query['member'];
  const item = tidy(member);
  const client = getClient();
  client.search(BASE_DN, { filter: `(&(objectClass=person)(uid=${item}))`, scope: 'sub', attributes: ['cn', 'mail'] }, (err, search) => {
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
