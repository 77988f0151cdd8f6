'use strict';

const express = require('express');
const crypto = require('crypto');

const app = express();
const isProduction = process.env.NODE_ENV === 'production';

function sessionCookie(res, value) {
  res.cookie('app_session', value, {
    httpOnly: true,
    sameSite: 'lax',
    domain: isProduction ? 'app.example.com' : undefined,
    maxAge: 8 * 3600 * 1000,
  });
}

app.post('/login', (req, res) => {
  sessionCookie(res, crypto.randomBytes(32).toString('hex'));
  res.redirect('/');
});

module.exports = app;
