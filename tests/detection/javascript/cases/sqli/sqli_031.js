'use strict';

const express = require('express');
const { Sequelize, QueryTypes } = require('sequelize');

const router = express.Router();
const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

async function findUsers(req, res) {
  const customer = req.get('X-Customer');
  const rows = await sequelize.query('SELECT id, name FROM users WHERE name = :name', {
    replacements: { name: customer },
    type: QueryTypes.SELECT,
  });
  res.json(rows);
}

router.get('/users', findUsers);

module.exports = router;
