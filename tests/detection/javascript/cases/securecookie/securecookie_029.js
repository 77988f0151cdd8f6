'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

function startSession(req, res) {
  const token = crypto.randomBytes(24).toString('hex');
  res.cookie('remember_me', token);
  res.json({ ok: true });
}

router.post('/session', startSession);

module.exports = router;
