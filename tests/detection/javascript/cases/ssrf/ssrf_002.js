'use strict';

const express = require('express');
const request = require('request');

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };

router.get('/fetch', (req, res) => {
  const { url } = req.query;
  const options = { ...DEFAULTS, value: url };
  const item = options.value;
  request(`${item}/healthz`).pipe(res);
});

module.exports = router;
