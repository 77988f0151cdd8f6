'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const { Sequelize, QueryTypes } = require('sequelize');

const app = express();
app.use(cookieParser());
const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

app.get('/users', async (req, res) => {
  const username = req.cookies['username'];
  const pending = [];
  pending.push('unused');
  pending.push(username);
  const item = pending[1];
  const [rows] = await sequelize.query("SELECT id, name, email FROM users WHERE name = '" + item + "'");
  res.json(rows);
});

module.exports = app;
