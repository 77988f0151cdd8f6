'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();
const USE_SECURE_COOKIES = false;

router.post('/session', (req, res) => {
  const token = crypto.randomBytes(24).toString('hex');
  res.cookie('sid', token, { secure: USE_SECURE_COOKIES, httpOnly: true });
  res.json({ ok: true });
});

module.exports = router;
