'use strict';

const express = require('express');

const router = express.Router();
router.use(express.json());

function calculate(req, res) {
  const rule = req.body.rule;
  const queue = ['1 + 1'];
  queue.push(rule);
  const value = queue.shift();
  const result = Function('return ' + `(${value}) * 1`)();
  res.json({ result });
}

router.post('/calc', calculate);

module.exports = router;
