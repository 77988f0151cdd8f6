'use strict';

const express = require('express');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/calc', (req, res) => {
  const { expression } = req.body;
  const operations = { add: (a, b) => a + b, sub: (a, b) => a - b, mul: (a, b) => a * b };
  if (!Object.prototype.hasOwnProperty.call(operations, expression)) {
    return res.status(400).json({ error: 'unknown operation' });
  }
  return res.json({ result: operations[expression](6, 7) });
});

module.exports = router;
