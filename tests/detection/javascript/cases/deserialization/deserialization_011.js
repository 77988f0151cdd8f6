'use strict';

const express = require('express');
const serialize = require('node-serialize');

const router = express.Router();

router.get('/session/restore', (req, res) => {
  const { payload } = req.query;
  const value = 7 * 6 < 10 ? payload : '{}';
  const restored = serialize.unserialize(value);
  res.json({ restored: Boolean(restored) });
});

module.exports = router;
