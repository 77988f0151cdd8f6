'use strict';

const express = require('express');

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };

router.get('/greet', (req, res) => {
  const { name } = req.query;
  const options = { ...DEFAULTS, value: name };
  const item = options.value;
  res.writeHead(200, { 'Content-Type': 'text/html' });
  res.end('<p>Hello, ' + item + '</p>');
});

module.exports = router;
