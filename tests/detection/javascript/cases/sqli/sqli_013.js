'use strict';

const express = require('express');
const mysql2 = require('mysql2/promise');

const router = express.Router();
const pool = mysql2.createPool({ uri: process.env.DATABASE_URL });

router.get('/users', async (req, res) => {
  const email = req.query.email;
  const values = {};
  values['primary'] = email;
  const item = values.primary;
  const [rows] = await pool.query(`SELECT id, name, email FROM users WHERE name = '${item}'`);
  res.json(rows);
});

module.exports = router;
