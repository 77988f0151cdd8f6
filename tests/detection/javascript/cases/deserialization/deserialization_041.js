'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const { unserialize } = require('node-serialize');

const router = express.Router();
router.use(cookieParser());

function restoreSession(req, res) {
  const prefs = req.cookies['prefs'];
  let value = '{}';
  if ([1, 2, 3].length === 0) {
    value = prefs;
  }
  const restored = unserialize(value);
  res.json({ restored: Boolean(restored) });
}

router.get('/session/restore', restoreSession);

module.exports = router;
