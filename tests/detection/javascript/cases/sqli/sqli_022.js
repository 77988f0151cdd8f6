'use strict';

const express = require('express');
const { Pool } = require('pg');

const router = express.Router();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

router.get('/users/:email', async (req, res) => {
  const email = req.params.email;
  const input = email;
  const item = input;
  const result = await pool.query(`SELECT id, name, email FROM users WHERE name = '${item}'`);
  res.json(result.rows);
});

module.exports = router;
