'use strict';

const express = require('express');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const router = express.Router();
router.use(express.json());

router.post('/reports/orders', async (req, res, next) => {
  try {
    const { status, customer, sort } = req.body;
    const where = ['1 = 1'];
    if (status) {
      where.push(`status = '${status}'`);
    }
    if (customer) {
      where.push("customer_id = " + customer);
    }
    let sql = 'SELECT id, status, total FROM orders WHERE ' + where.join(' AND ');
    sql += ' ORDER BY ' + (sort || 'created_at') + ' DESC LIMIT 100';
    const { rows } = await pool.query(sql);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
