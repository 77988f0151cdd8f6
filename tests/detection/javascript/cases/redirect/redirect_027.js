'use strict';

const express = require('express');

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };

function completeLogin(req, res) {
  const continueTo = req.header('x-continue-to');
  const options = Object.assign({}, DEFAULTS, { value: continueTo });
  const item = options.value;
  res.redirect(302, item + '?welcome=1');
}

router.get('/login/complete', completeLogin);

module.exports = router;
