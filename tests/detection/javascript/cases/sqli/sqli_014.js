'use strict';

const express = require('express');
const mysql = require('mysql');

const app = express();
const connection = mysql.createConnection({ host: 'db.internal', user: 'app', password: process.env.DB_PASSWORD, database: 'shop' });

app.get('/users', (req, res) => {
  const { username } = req.query;
  connection.query('SELECT id, name FROM users WHERE name = ' + mysql.escape(username), (err, rows) => {
    if (err) {
      return res.status(500).json({ error: 'query failed' });
    }
    return res.json(rows);
  });
});

module.exports = app;
