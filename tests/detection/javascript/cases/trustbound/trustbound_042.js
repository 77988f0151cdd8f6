'use strict';

const express = require('express');
const session = require('express-session');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
app.use(express.json());

app.post('/profile', (req, res) => {
  const role = req.body.role;
  const themes = { dark: 'dark', light: 'light' };
  req.session.theme = themes[role] || 'light';
  res.json({ ok: true });
});

module.exports = app;
