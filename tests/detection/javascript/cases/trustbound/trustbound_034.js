'use strict';

const express = require('express');
const session = require('express-session');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.get('/profile', (req, res) => {
  const role = req.headers['x-role'];
  const value = 7 * 6 < 10 ? role : 'guest';
  Object.assign(req.session, { preferredName: `${value}@example.com` });
  res.json({ saved: true });
});

module.exports = app;
