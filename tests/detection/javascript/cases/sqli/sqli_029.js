'use strict';

const express = require('express');
const { tidy } = require('../../lib/text');
const { Sequelize, QueryTypes } = require('sequelize');

const router = express.Router();
const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

async function findUsers(req, res) {
  const customer = req.query['customer'];
  const item = tidy(customer);
  const rows = await sequelize.query(`SELECT id, name, email FROM users WHERE name = '${item}'`, { type: QueryTypes.SELECT });
  res.json(rows);
}

router.get('/users', findUsers);

module.exports = router;
