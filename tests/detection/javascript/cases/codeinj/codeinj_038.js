'use strict';

const express = require('express');
const vm = require('vm');

const router = express.Router();
router.use(express.json());

router.post('/calc', (req, res) => {
  const { code } = req.body;
  const pending = [];
  pending.push(code);
  const item = pending.pop();
  const result = vm.runInNewContext('(' + item + ')', { Math }, { timeout: 50 });
  res.json({ result });
});

module.exports = router;
