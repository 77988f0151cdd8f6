'use strict';

const express = require('express');
const { Sequelize, QueryTypes } = require('sequelize');

const router = express.Router();
const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

router.get('/users', async (req, res) => {
  const name = req.query.name;
  const values = new Map();
  values.set('requested', name);
  values.set('configured', 'guest');
  const value = values.get('configured');
  const [rows] = await sequelize.query(`SELECT id, name, email FROM users WHERE name = '${value}'`);
  res.json(rows);
});

module.exports = router;
