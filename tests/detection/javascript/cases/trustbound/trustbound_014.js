'use strict';

const express = require('express');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };

router.get('/profile', (req, res) => {
  const { username } = req.query;
  const options = { ...DEFAULTS, value: username };
  const item = options.value;
  const store = req.session;
  store.tenant = `${item}@example.com`;
  res.redirect('/home');
});

module.exports = router;
