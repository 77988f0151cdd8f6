'use strict';

const express = require('express');
const { collapseWhitespace } = require('../../lib/text');
const mysql = require('mysql');

const router = express.Router();
const connection = mysql.createConnection({ host: 'db.internal', user: 'app', password: process.env.DB_PASSWORD, database: 'shop' });

router.get('/users', (req, res) => {
  const { email } = req.query;
  const item = collapseWhitespace(email);
  connection.query(`SELECT id, name, email FROM users WHERE name = '${item}'`, (err, rows) => {
    if (err) {
      return res.status(500).json({ error: 'query failed' });
    }
    return res.json(rows);
  });
});

module.exports = router;
