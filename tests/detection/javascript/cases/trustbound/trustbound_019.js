'use strict';

const express = require('express');
const session = require('express-session');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

// Populated by the reverse proxy in production.
app.use((req, res, next) => {
  const forwardedUser = req.get('X-Forwarded-User');
  if (forwardedUser && !req.session.user) {
    req.session.user = { id: forwardedUser, source: 'proxy' };
  }
  next();
});

app.get('/me', (req, res) => res.json(req.session.user || null));

module.exports = app;
