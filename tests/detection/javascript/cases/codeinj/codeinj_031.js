'use strict';

const express = require('express');

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };

function calculate(req, res) {
  const rule = req.header('x-rule');
  const options = Object.assign({}, DEFAULTS, { value: rule });
  const item = options.value;
  setTimeout('(' + item + ')', 10);
  res.status(202).json({ scheduled: true });
}

router.get('/calc', calculate);

module.exports = router;
