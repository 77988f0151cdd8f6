'use strict';

const express = require('express');

const router = express.Router();
router.use(express.json());

const rules = new Map();

function compileRule(source) {
  return new Function('order', 'return (' + source + ');');
}

router.post('/pricing/rules', (req, res) => {
  rules.set(req.body.name, compileRule(req.body.condition));
  res.status(201).json({ count: rules.size });
});

module.exports = router;
