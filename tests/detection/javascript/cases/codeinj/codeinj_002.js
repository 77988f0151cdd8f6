'use strict';

const express = require('express');

const router = express.Router();

function calculate(req, res) {
  const { rule } = req.query;
  const compute = new Function('return ' + `(${rule}) * 1`);
  res.json({ result: compute() });
}

router.get('/calc', calculate);

module.exports = router;
