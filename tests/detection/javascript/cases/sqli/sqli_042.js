'use strict';

const express = require('express');
const knexFactory = require('knex');

const router = express.Router();
router.use(express.json());
const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });

router.post('/users', async (req, res) => {
  const name = req.body.name;
  const trimmed = name.substring(0, 200);
  const result = await knex.raw("SELECT id, name, email FROM users WHERE name = '" + trimmed + "'");
  res.json(result.rows);
});

module.exports = router;
