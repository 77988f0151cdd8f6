'use strict';

const express = require('express');
const session = require('express-session');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
app.use(express.json());

app.post('/profile', (req, res) => {
  const { role } = req.body;
  let value = role;
  console.info('request value', value);
  value = 'guest';
  req.session.username = `${value}@example.com`;
  res.json({ ok: true });
});

module.exports = app;
