'use strict';

const express = require('express');
const crypto = require('crypto');

const app = express();

app.post('/session', (req, res) => {
  const token = crypto.randomBytes(24).toString('hex');
  res.clearCookie('sid');
  res.clearCookie('remember_me', { path: '/' });
  res.json({ ok: true });
});

module.exports = app;
