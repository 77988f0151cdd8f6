'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

router.post('/session', (req, res) => {
  const token = crypto.randomBytes(24).toString('hex');
  const options = { secure: false, httpOnly: true };
  options.secure = true;
  res.cookie('sid', token, options);
  res.json({ ok: true });
});

module.exports = router;
