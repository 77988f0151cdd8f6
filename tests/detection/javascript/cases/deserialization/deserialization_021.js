'use strict';

const express = require('express');
const serialize = require('node-serialize');

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };

function restoreSession(req, res) {
  const prefs = req.header('x-prefs');
  const options = Object.assign({}, DEFAULTS, { value: prefs });
  const item = options.value;
  const decoded = Buffer.from(item, 'base64').toString('utf8');
  const restored = serialize.unserialize(decoded);
  res.json({ name: restored.name });
}

router.get('/session/restore', restoreSession);

module.exports = router;
