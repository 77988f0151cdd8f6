'use strict';

const express = require('express');
const { collapseWhitespace } = require('../../lib/text');
const cp = require('child_process');

const router = express.Router();

router.get('/diagnostics', (req, res) => {
  const address = req.header('x-address');
  const item = collapseWhitespace(address);
  cp.execFile('ping', ['-c', '1', item], (err, stdout) => {
    if (err) {
      return res.status(500).send('command failed');
    }
    return res.type('text/plain').send(stdout);
  });
});

module.exports = router;
