'use strict';

const express = require('express');
const sqlite3 = require('sqlite3');

const router = express.Router();
const db = new sqlite3.Database('/var/lib/app/catalog.db');

function findUsers(req, res) {
  const { customer } = req.query;
  db.all(`SELECT id, name, email FROM users WHERE name = '${customer}'`, (err, rows) => {
    if (err) {
      return res.status(500).json({ error: 'query failed' });
    }
    return res.json(rows);
  });
}

router.get('/users', findUsers);

module.exports = router;
