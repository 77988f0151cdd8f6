'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');

const router = express.Router();
router.use(cookieParser());

function normalizeInput(value) {
  return String(value).trim();
}

router.get('/session/restore', (req, res) => {
  const payload = req.cookies.payload;
  const item = normalizeInput(payload);
  const restored = require('node-serialize').unserialize(item);
  res.json({ ok: Boolean(restored) });
});

module.exports = router;
