'use strict';

const express = require('express');
const session = require('express-session');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
app.use(express.json());

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

app.post('/profile', (req, res) => {
  const role = req.body.role;
  const ctx = new RequestContext(role);
  const item = ctx.value;
  req.session.username = `${item}@example.com`;
  res.json({ ok: true });
});

module.exports = app;
