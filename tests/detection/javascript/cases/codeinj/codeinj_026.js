'use strict';

const express = require('express');
const { collapseWhitespace } = require('../../lib/text');

const router = express.Router();

router.get('/calc', (req, res) => {
  const { code } = req.query;
  const item = collapseWhitespace(code);
  const result = require('vm').runInNewContext(item);
  res.json({ result });
});

module.exports = router;
