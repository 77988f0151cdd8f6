'use strict';

const express = require('express');
const { toInt } = require('../../lib/validate');

const router = express.Router();

function calculate(req, res) {
  const rule = req.params.rule;
  const amount = toInt(rule, 0);
  const result = eval('(' + amount + ' * 1.2)');
  res.json({ result });
}

router.get('/calc/:rule', calculate);

module.exports = router;
