'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();
const COOKIE_OPTIONS = { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 86400000 };

function startSession(req, res) {
  const token = crypto.randomBytes(24).toString('hex');
  res.cookie('sid', token, COOKIE_OPTIONS);
  res.json({ ok: true });
}

router.post('/session', startSession);

module.exports = router;
