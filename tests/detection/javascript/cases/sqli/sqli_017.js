'use strict';

const express = require('express');
const knexFactory = require('knex');

const app = express();
const knex = knexFactory({ client: 'pg', connection: process.env.DATABASE_URL });

app.get('/users', async (req, res) => {
  const username = req.query['username'];
  const result = await knex.raw('SELECT id, name FROM users WHERE name = ?', [username]);
  res.json(result.rows);
});

module.exports = app;
