'use strict';

const express = require('express');
const crypto = require('crypto');

const app = express();

class CookiePolicy {

  constructor(name, secure) {
    this.name = name;
    this.secure = secure;
  }

  options() {
    return { httpOnly: true, secure: this.secure, path: '/' };
  }
}

const policy = new CookiePolicy('sid', false);

app.post('/session', (req, res) => {
  const token = crypto.randomBytes(24).toString('hex');
  res.cookie(policy.name, token, policy.options());
  res.json({ ok: true });
});

module.exports = app;
