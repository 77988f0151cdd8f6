'use strict';

const express = require('express');
const session = require('express-session');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.get('/profile', (req, res) => {
  const role = req.headers['x-role'];
  const trimmed = role.slice(0, 256);
  req.session['role'] = trimmed;
  res.status(204).end();
});

module.exports = app;
