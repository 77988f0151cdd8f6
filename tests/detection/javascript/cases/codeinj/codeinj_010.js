'use strict';

const express = require('express');

const router = express.Router();

router.get('/calc/:expression', (req, res) => {
  const expression = req.params.expression;
  const operations = { add: (a, b) => a + b, sub: (a, b) => a - b, mul: (a, b) => a * b };
  if (!Object.prototype.hasOwnProperty.call(operations, expression)) {
    return res.status(400).json({ error: 'unknown operation' });
  }
  return res.json({ result: operations[expression](6, 7) });
});

module.exports = router;
