'use strict';

const express = require('express');
const { collapseWhitespace } = require('../../lib/text');

const router = express.Router();

router.get('/greet', (req, res) => {
  const title = req.header('x-title');
  const item = collapseWhitespace(title);
  res.json({ greeting: 'Hello, ' + item });
});

module.exports = router;
