'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

function cookieOptions(seconds) {
  return { httpOnly: true, sameSite: 'lax', maxAge: seconds * 1000 };
}

function startSession(req, res) {
  const token = crypto.randomBytes(24).toString('hex');
  res.cookie('sid', token, cookieOptions(3600));
  res.json({ ok: true });
}

router.post('/session', startSession);

module.exports = router;
