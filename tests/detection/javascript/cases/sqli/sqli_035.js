'use strict';

const express = require('express');
const sqlite3 = require('sqlite3');

const app = express();
const db = new sqlite3.Database('/var/lib/app/catalog.db');

function normalizeInput(value) {
  return String(value).trim();
}

app.get('/users/:username', (req, res) => {
  const username = req.params.username;
  const item = normalizeInput(username);
  db.get("SELECT id, name, email FROM users WHERE name = '" + item + "'", (err, rows) => {
    if (err) {
      return res.status(500).json({ error: 'query failed' });
    }
    return res.json(rows);
  });
});

module.exports = app;
