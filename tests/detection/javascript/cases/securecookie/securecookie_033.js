'use strict';

const express = require('express');
const crypto = require('crypto');

const app = express();

app.post('/session', (req, res) => {
  const token = crypto.randomBytes(24).toString('hex');
  res.setHeader('Set-Cookie', 'sid=' + token + '; HttpOnly; Path=/; SameSite=Lax');
  res.json({ ok: true });
});

module.exports = app;
