'use strict';

const express = require('express');

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };

router.get('/login/complete', (req, res) => {
  const { next } = req.query;
  const options = { ...DEFAULTS, value: next };
  const item = options.value;
  res.writeHead(302, { Location: `${item}#top` });
  res.end();
});

module.exports = router;
