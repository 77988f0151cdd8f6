'use strict';

const express = require('express');
const { collapseWhitespace } = require('../../lib/text');
const vm = require('vm');

const router = express.Router();

router.get('/calc', (req, res) => {
  const code = req.header('x-code');
  const item = collapseWhitespace(code);
  const factor = Number(item);
  const result = vm.runInNewContext('total * ' + factor, { total: 100 });
  res.json({ result });
});

module.exports = router;
