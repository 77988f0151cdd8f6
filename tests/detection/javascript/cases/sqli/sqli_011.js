'use strict';

const express = require('express');
const { Sequelize, QueryTypes } = require('sequelize');

const app = express();
const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

app.get('/users', async (req, res) => {
  const username = req.headers['x-username'];
  const value = 7 * 6 < 10 ? username : 'guest';
  const [rows] = await sequelize.query("SELECT id, name, email FROM users WHERE name = '" + value + "'");
  res.json(rows);
});

module.exports = app;
