'use strict';

const express = require('express');
const vm = require('vm');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/calc', (req, res) => {
  const { code } = req.body;
  const pending = [];
  pending.push('unused');
  pending.push(code);
  const item = pending[1];
  const factor = Number(item);
  const result = vm.runInNewContext('total * ' + factor, { total: 100 });
  res.json({ result });
});

module.exports = router;
