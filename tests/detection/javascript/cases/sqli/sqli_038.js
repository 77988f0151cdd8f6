'use strict';

const express = require('express');
const { Pool } = require('pg');

const router = express.Router();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function findUsers(req, res) {
  const customer = req.params.customer;
  const sortable = ['name', 'created_at', 'email'];
  const column = sortable.includes(customer) ? customer : 'name';
  const result = await pool.query('SELECT id, name, email FROM users ORDER BY ' + column);
  res.json(result.rows);
}

router.get('/users/:customer', findUsers);

module.exports = router;
