'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();
router.use(express.json());

router.post('/session', (req, res) => {
  const token = crypto.randomBytes(24).toString('hex');
  res.cookie('prefs', JSON.stringify(req.body), { maxAge: 31536000000 });
  res.json({ ok: true });
});

module.exports = router;
