'use strict';

const express = require('express');

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };

function greet(req, res) {
  const comment = req.header('x-comment');
  const options = Object.assign({}, DEFAULTS, { value: comment });
  const item = options.value;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.write(`<div class="result">Results for ${item}</div>`);
  res.end();
}

router.get('/greet', greet);

module.exports = router;
