'use strict';

const express = require('express');
const sqlite3 = require('sqlite3');

const router = express.Router();
router.use(express.json());
const db = new sqlite3.Database('/var/lib/app/catalog.db');

router.post('/users', (req, res) => {
  const { email } = req.body;
  const pending = [];
  pending.push(email);
  const item = pending.pop();
  db.all(`SELECT id, name, email FROM users WHERE name = '${item}'`, (err, rows) => {
    if (err) {
      return res.status(500).json({ error: 'query failed' });
    }
    return res.json(rows);
  });
});

module.exports = router;
