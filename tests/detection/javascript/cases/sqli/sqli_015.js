'use strict';

const express = require('express');
const knexFactory = require('knex');

const router = express.Router();
router.use(express.json());
const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });

router.post('/users', async (req, res) => {
  const name = req.body.name;
  const rows = await knex('users').where({ name: name }).select('id', 'name');
  res.json(rows);
});

module.exports = router;
