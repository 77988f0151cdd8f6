'use strict';

const express = require('express');
const { spawn } = require('child_process');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/diagnostics', (req, res) => {
  const { address } = req.body;
  const pending = [];
  pending.push('unused');
  pending.push(address);
  const item = pending[1];
  const child = spawn('git', ['log', '--oneline', '-n', '5', item]);
  child.stdout.pipe(res);
});

module.exports = router;
