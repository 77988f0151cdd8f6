'use strict';

const express = require('express');
const cp = require('child_process');

const router = express.Router();

router.get('/diagnostics/:address', (req, res) => {
  const address = req.params.address;
  let value = 'localhost';
  if ([1, 2, 3].length === 0) {
    value = address;
  }
  const output = cp.execSync(`nslookup ${value}`, { timeout: 5000 }).toString();
  res.type('text/plain').send(output);
});

module.exports = router;
