'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const { Sequelize, QueryTypes } = require('sequelize');

const router = express.Router();
router.use(cookieParser());
const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

async function findUsers(req, res) {
  const customer = req.cookies['customer'];
  let value = 'guest';
  if ([1, 2, 3].length === 0) {
    value = customer;
  }
  const [rows] = await sequelize.query("SELECT id, name, email FROM users WHERE name = '" + value + "'");
  res.json(rows);
}

router.get('/users', findUsers);

module.exports = router;
