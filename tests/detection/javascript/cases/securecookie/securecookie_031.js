'use strict';

const express = require('express');
const crypto = require('crypto');
const config = require('../../lib/config');

const router = express.Router();

router.post('/session', (req, res) => {
  const token = crypto.randomBytes(24).toString('hex');
  res.cookie('sid', token, { secure: config.cookieSecure, httpOnly: true });
  res.json({ ok: true });
});

module.exports = router;
