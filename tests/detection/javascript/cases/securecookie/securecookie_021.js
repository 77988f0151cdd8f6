'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

router.post('/session', (req, res) => {
  const token = crypto.randomBytes(24).toString('hex');
  res.setHeader('Set-Cookie', 'sid=' + token + '; Secure; HttpOnly; Path=/; SameSite=Lax');
  res.json({ ok: true });
});

module.exports = router;
