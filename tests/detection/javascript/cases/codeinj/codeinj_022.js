'use strict';

const express = require('express');
const vm = require('vm');

const router = express.Router();
router.use(express.json());

router.post('/calc', (req, res) => {
  const expression = req.body.expression;
  const trimmed = expression.substring(0, 200);
  const result = vm.runInNewContext(trimmed, { Math }, { timeout: 50 });
  res.json({ result });
});

module.exports = router;
