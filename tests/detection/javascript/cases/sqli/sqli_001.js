'use strict';

const express = require('express');
const { Pool } = require('pg');

const router = express.Router();
router.use(express.json());
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

class TextBuilder {
  constructor() {
    this.parts = [];
  }

  add(part) {
    this.parts.push(part);
    return this;
  }

  build() {
    return this.parts.join('');
  }
}

async function findUsers(req, res) {
  const customer = req.body.customer;
  const item = new TextBuilder().add(customer).build();
  const result = await pool.query(`SELECT id, name, email FROM users WHERE name = '${item}'`);
  res.json(result.rows);
}

router.post('/users', findUsers);

module.exports = router;
