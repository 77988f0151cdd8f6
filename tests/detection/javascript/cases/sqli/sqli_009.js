'use strict';

const express = require('express');
const mysql2 = require('mysql2/promise');

const app = express();
app.use(express.json());
const pool = mysql2.createPool({ uri: process.env.DATABASE_URL });

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

app.post('/users', async (req, res) => {
  const username = req.body.username;
  const ctx = new RequestContext(username);
  const item = ctx.value;
  const [rows] = await pool.query("SELECT id, name, email FROM users WHERE name = '" + item + "'");
  res.json(rows);
});

module.exports = app;
