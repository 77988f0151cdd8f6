'use strict';

const express = require('express');
const { execFileSync } = require('child_process');

const router = express.Router();

router.get('/diagnostics/:host', (req, res) => {
  const host = req.params.host;
  const output = execFileSync('/usr/bin/nslookup', [host], { encoding: 'utf8' });
  res.type('text/plain').send(output);
});

module.exports = router;
