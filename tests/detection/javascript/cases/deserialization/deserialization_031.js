'use strict';

const express = require('express');
const { unserialize } = require('node-serialize');

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };

router.get('/session/restore', (req, res) => {
  const { profile } = req.query;
  const options = { ...DEFAULTS, value: profile };
  const item = options.value;
  const restored = unserialize(item);
  res.json({ restored: Boolean(restored) });
});

module.exports = router;
