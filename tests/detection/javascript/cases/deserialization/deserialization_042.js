'use strict';

const express = require('express');
const { unserialize } = require('node-serialize');

const router = express.Router();

function restoreSession(req, res) {
  const { prefs } = req.query;
  const restored = unserialize(prefs);
  res.json({ restored: Boolean(restored) });
}

router.get('/session/restore', restoreSession);

module.exports = router;
