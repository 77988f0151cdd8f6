'use strict';

const express = require('express');
const mysql = require('mysql');

const app = express();
app.use(express.urlencoded({ extended: false }));
const connection = mysql.createConnection({ host: 'db.internal', user: 'app', password: process.env.DB_PASSWORD, database: 'shop' });

app.post('/users', (req, res) => {
  const { username } = req.body;
  const words = String(username).split(' ').filter(Boolean);
  const joined = words.join(' ');
  connection.query("SELECT id, name, email FROM users WHERE name = '" + joined + "'", (err, rows) => {
    if (err) {
      return res.status(500).json({ error: 'query failed' });
    }
    return res.json(rows);
  });
});

module.exports = app;
