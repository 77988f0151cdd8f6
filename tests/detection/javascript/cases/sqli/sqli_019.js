'use strict';

const express = require('express');
const knexFactory = require('knex');

const router = express.Router();
const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });

async function findUsers(req, res) {
  const customer = req.params.customer;
  const values = new Map();
  values.set('primary', customer);
  values.set('secondary', 'none');
  const item = values.get('primary');
  const result = await knex.raw(`SELECT id, name, email FROM users WHERE name = '${item}'`);
  res.json(result.rows);
}

router.get('/users/:customer', findUsers);

module.exports = router;
