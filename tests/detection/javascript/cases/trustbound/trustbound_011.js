'use strict';

const express = require('express');
const session = require('express-session');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
app.use(express.urlencoded({ extended: false }));

app.post('/profile', (req, res) => {
  const { role } = req.body;
  const words = String(role).split(' ').filter(Boolean);
  const joined = words.join(' ');
  const store = req.session;
  store.tenant = 'sso:' + joined;
  res.redirect('/home');
});

module.exports = app;
