'use strict';

const express = require('express');
const serialize = require('node-serialize');

const router = express.Router();

function restoreSession(req, res) {
  const prefs = req.query['prefs'];
  const stored = serialize.serialize({ note: prefs, savedAt: Date.now() });
  res.json({ size: stored.length });
}

router.get('/session/restore', restoreSession);

module.exports = router;
