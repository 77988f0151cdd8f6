'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

function startSession(req, res) {
  const token = crypto.randomBytes(24).toString('hex');
  const cookies = [];
  cookies.push('sid=' + token + '; Path=/; HttpOnly');
  res.setHeader('Set-Cookie', cookies);
  res.json({ ok: true });
}

router.post('/session', startSession);

module.exports = router;
