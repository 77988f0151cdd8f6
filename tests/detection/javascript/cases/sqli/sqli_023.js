'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const sqlite3 = require('sqlite3');

const router = express.Router();
router.use(cookieParser());
const db = new sqlite3.Database('/var/lib/app/catalog.db');

router.get('/users', (req, res) => {
  const name = req.cookies.name;
  const joined = [name].join('');
  db.all("SELECT id, name, email FROM users WHERE name = '" + joined + "'", (err, rows) => {
    if (err) {
      return res.status(500).json({ error: 'query failed' });
    }
    return res.json(rows);
  });
});

module.exports = router;
