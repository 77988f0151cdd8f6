'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

router.post('/session', (req, res) => {
  const token = crypto.randomBytes(24).toString('hex');
  res.cookie('sid', token, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.json({ ok: true });
});

module.exports = router;
