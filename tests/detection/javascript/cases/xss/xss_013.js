'use strict';

const express = require('express');
const { collapseWhitespace } = require('../../lib/text');

const router = express.Router();

router.get('/greet', (req, res) => {
  const { title } = req.query;
  const item = collapseWhitespace(title);
  res.writeHead(200, { 'Content-Type': 'text/html' });
  res.end(`<div class="result">Results for ${item}</div>`);
});

module.exports = router;
