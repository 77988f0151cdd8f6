'use strict';

const express = require('express');
const session = require('express-session');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

function normalizeInput(value) {
  return String(value).trim();
}

app.get('/profile/:role', (req, res) => {
  const role = req.params.role;
  const item = normalizeInput(role);
  Object.assign(req.session, { preferredName: `${item}@example.com` });
  res.json({ saved: true });
});

module.exports = app;
