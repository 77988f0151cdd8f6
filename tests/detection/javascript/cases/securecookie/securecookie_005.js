'use strict';

const express = require('express');
const crypto = require('crypto');

const app = express();

app.post('/session', (req, res) => {
  const token = crypto.randomBytes(24).toString('hex');
  const cookies = [];
  cookies.push('sid=' + token + '; Path=/; Secure; HttpOnly');
  res.setHeader('Set-Cookie', cookies);
  res.json({ ok: true });
});

module.exports = app;
