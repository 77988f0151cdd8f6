'use strict';

const express = require('express');
const sqlite3 = require('sqlite3');

const router = express.Router();
const db = new sqlite3.Database('/var/lib/app/catalog.db');

router.get('/users', (req, res) => {
  const { name } = req.query;
  db.all('SELECT id, title FROM products WHERE category = ?', [name], (err, rows) => {
    if (err) {
      return res.status(500).json({ error: 'query failed' });
    }
    return res.json(rows);
  });
});

module.exports = router;
