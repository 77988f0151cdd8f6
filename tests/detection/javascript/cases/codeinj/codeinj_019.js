'use strict';

const express = require('express');
const vm = require('vm');

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };

router.get('/calc', (req, res) => {
  const { expression } = req.query;
  const options = { ...DEFAULTS, value: expression };
  const item = options.value;
  const script = new vm.Script(`(${item}) * 1`);
  res.json({ result: script.runInNewContext({}) });
});

module.exports = router;
