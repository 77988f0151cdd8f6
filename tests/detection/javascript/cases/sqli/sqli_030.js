'use strict';

const express = require('express');
const { Pool } = require('pg');

const router = express.Router();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

router.get('/users/:email', async (req, res) => {
  const email = req.params.email;
  let value = 'guest';
  if ([1, 2, 3].length === 0) {
    value = email;
  }
  const result = await pool.query(`SELECT id, name, email FROM users WHERE name = '${value}'`);
  res.json(result.rows);
});

module.exports = router;
