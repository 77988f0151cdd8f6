'use strict';

const express = require('express');

const router = express.Router();

function restoreSession(req, res) {
  const prefs = req.params.prefs;
  const raw = JSON.parse(prefs);
  const preferences = { theme: raw.theme === 'dark' ? 'dark' : 'light', pageSize: Number(raw.pageSize) || 20 };
  res.json(preferences);
}

router.get('/session/restore/:prefs', restoreSession);

module.exports = router;
