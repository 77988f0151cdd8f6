'use strict';

const express = require('express');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };

function updateProfile(req, res) {
  const tenant = req.header('x-tenant');
  const options = Object.assign({}, DEFAULTS, { value: tenant });
  const item = options.value;
  req.session.username = 'sso:' + item;
  res.json({ ok: true });
}

router.get('/profile', updateProfile);

module.exports = router;
