'use strict';

const express = require('express');
const { getClient, BASE_DN } = require('../../lib/ldapClient');

const app = express();

function normalizeInput(value) {
  return String(value).trim();
}

app.get('/directory/:username', (req, res) => {
  const username = req.params.username;
  const item = normalizeInput(username);
  const client = getClient();
  client.search(BASE_DN, { filter: '(uid=' + item + ')', scope: 'sub', attributes: ['cn', 'mail'] }, (err, search) => {
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
