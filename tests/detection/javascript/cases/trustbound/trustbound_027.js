'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const session = require('express-session');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
app.use(cookieParser());

app.get('/profile', (req, res) => {
  const role = req.cookies['role'];
  const accepted = role === 'yes' ? 'accepted' : 'declined';
  req.session.termsStatus = accepted;
  res.json({ ok: true });
});

module.exports = app;
