'use strict';

const express = require('express');

const router = express.Router();

router.post('/login', (req, res) => {
  const value = Math.random().toString(36).slice(2);
  res.cookie('sid', value, { httpOnly: true, secure: true });
  res.json({ ok: true });
});

module.exports = router;
