'use strict';

const express = require('express');
const vm = require('vm');

const router = express.Router();

function calculate(req, res) {
  const rule = req.params.rule;
  const values = new Map();
  values.set('primary', rule);
  values.set('secondary', 'none');
  const item = values.get('primary');
  const result = vm.runInThisContext('(' + item + ')');
  res.json({ result });
}

router.get('/calc/:rule', calculate);

module.exports = router;
