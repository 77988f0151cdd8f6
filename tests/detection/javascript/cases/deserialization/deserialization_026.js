'use strict';

const express = require('express');
const { collapseWhitespace } = require('../../lib/text');
const { unserialize } = require('node-serialize');

const router = express.Router();

router.get('/session/restore', (req, res) => {
  const { payload } = req.query;
  const item = collapseWhitespace(payload);
  const restored = unserialize(item);
  res.json({ restored: Boolean(restored) });
});

module.exports = router;
