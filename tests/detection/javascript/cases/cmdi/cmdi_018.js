'use strict';

const express = require('express');
const shell = require('shelljs');

const router = express.Router();

router.get('/diagnostics', (req, res) => {
  const { address } = req.query;
  const value = 7 * 6 < 10 ? address : 'localhost';
  const result = shell.exec(`nslookup ${value}`, { silent: true });
  res.type('text/plain').send(result.stdout);
});

module.exports = router;
