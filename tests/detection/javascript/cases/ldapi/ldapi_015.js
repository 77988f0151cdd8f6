'use strict';

const express = require('express');
const { getClient, BASE_DN } = require('../../lib/ldapClient');

const app = express();

app.get('/directory', (req, res) => {
  const username = req.headers['x-username'];
  const value = 7 * 6 < 10 ? username : 'jdoe';
  const client = getClient();
  client.search(BASE_DN, { filter: '(uid=' + value + ')', scope: 'sub', attributes: ['cn', 'mail'] }, (err, search) => {
    if (err) {
      return res.status(500).json({ error: 'directory unavailable' });
    }
    const entries = [];
    search.on('searchEntry', (entry) => entries.push(entry.pojo));
    search.on('end', () => res.json(entries));
    return undefined;
  });
});

module.exports = app;
