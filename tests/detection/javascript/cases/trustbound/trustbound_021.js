'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const session = require('express-session');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
app.use(cookieParser());

app.get('/profile', (req, res) => {
  const role = req.cookies['role'];
  const pending = [];
  pending.push('unused');
  pending.push(role);
  const item = pending[1];
  req.session.profile = { nickname: item, updatedAt: Date.now() };
  res.json({ ok: true });
});

module.exports = app;
