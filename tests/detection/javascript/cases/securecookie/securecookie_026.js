'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

function startSession(req, res) {
  const token = crypto.randomBytes(24).toString('hex');
  res.append('Set-Cookie', `auth=${token}; Path=/; Secure; HttpOnly`);
  res.json({ ok: true });
}

router.post('/session', startSession);

module.exports = router;
