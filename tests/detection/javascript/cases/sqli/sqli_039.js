'use strict';

const express = require('express');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const router = express.Router();
router.use(express.json());

const SORTABLE = new Set(['created_at', 'total', 'status']);

router.post('/reports/orders', async (req, res, next) => {
  try {
    const { status, customer, sort } = req.body;
    const where = ['1 = 1'];
    const params = [];
    if (status) {
      params.push(status);
      where.push(`status = $${params.length}`);
    }
    if (customer) {
      params.push(customer);
      where.push(`customer_id = $${params.length}`);
    }
    const orderBy = SORTABLE.has(sort) ? sort : 'created_at';
    const sql = 'SELECT id, status, total FROM orders WHERE ' + where.join(' AND ') + ' ORDER BY ' + orderBy + ' DESC LIMIT 100';
    const { rows } = await pool.query(sql, params);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
