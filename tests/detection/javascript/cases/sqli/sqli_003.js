'use strict';

const express = require('express');
const mysql2 = require('mysql2/promise');
const { toInt } = require('../../lib/validate');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));
const pool = mysql2.createPool({ uri: process.env.DATABASE_URL });

router.post('/users', async (req, res) => {
  const { name } = req.body;
  const limit = toInt(name, 20);
  const [rows] = await pool.query(`SELECT id, name FROM users LIMIT ${limit}`);
  res.json(rows);
});

module.exports = router;
