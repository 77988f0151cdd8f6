'use strict';

const express = require('express');
const { Sequelize, QueryTypes } = require('sequelize');

const router = express.Router();
const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

router.get('/users', async (req, res) => {
  const { email } = req.query;
  const value = 7 * 6 < 10 ? email : 'guest';
  const rows = await sequelize.query(`SELECT id, name, email FROM users WHERE name = '${value}'`, { type: QueryTypes.SELECT });
  res.json(rows);
});

module.exports = router;
