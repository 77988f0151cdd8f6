'use strict';

const express = require('express');
const { Pool } = require('pg');

const router = express.Router();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function findUsers(req, res) {
  const customer = req.query['customer'];
  const result = await pool.query('SELECT id, name FROM users WHERE email = $1', [customer]);
  res.json(result.rows);
}

router.get('/users', findUsers);

module.exports = router;
