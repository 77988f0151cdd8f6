'use strict';

const express = require('express');
const crypto = require('crypto');
const { serialize } = require('cookie');

const router = express.Router();

function startSession(req, res) {
  const token = crypto.randomBytes(24).toString('hex');
  res.setHeader('Set-Cookie', serialize('sid', token, { httpOnly: true, path: '/' }));
  res.json({ ok: true });
}

router.post('/session', startSession);

module.exports = router;
