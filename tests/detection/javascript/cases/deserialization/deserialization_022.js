'use strict';

const express = require('express');
const { tidy } = require('../../lib/text');
const serialize = require('node-serialize');

const router = express.Router();

function restoreSession(req, res) {
  const prefs = req.query['prefs'];
  const item = tidy(prefs);
  const restored = serialize.unserialize(item);
  res.json({ restored: Boolean(restored) });
}

router.get('/session/restore', restoreSession);

module.exports = router;
