'use strict';

const express = require('express');
const crypto = require('crypto');
const { serialize } = require('cookie');

const app = express();

app.post('/session', (req, res) => {
  const token = crypto.randomBytes(24).toString('hex');
  res.setHeader('Set-Cookie', serialize('sid', token, { httpOnly: true, secure: true, path: '/' }));
  res.json({ ok: true });
});

module.exports = app;
