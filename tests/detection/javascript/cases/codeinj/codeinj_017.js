'use strict';

const express = require('express');

const router = express.Router();

function calculate(req, res) {
  const rule = req.query['rule'];
  const measure = new Function('text', 'return String(text).length;');
  res.json({ result: measure(rule) });
}

router.get('/calc', calculate);

module.exports = router;
