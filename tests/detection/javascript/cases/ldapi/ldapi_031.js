'use strict';

const express = require('express');
const { getClient, BASE_DN } = require('../../lib/ldapClient');

const router = express.Router();
router.use(express.json());

router.post('/directory', (req, res) => {
  const uid = req.body.uid;
  const trimmed = uid.substring(0, 200);
  const client = getClient();
  client.search(BASE_DN, { filter: '(uid=' + trimmed + ')', scope: 'sub', attributes: ['cn', 'mail'] }, (err, search) => {
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
