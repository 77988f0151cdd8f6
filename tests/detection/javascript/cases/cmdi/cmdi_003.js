'use strict';

const express = require('express');
const { exec } = require('child_process');

const router = express.Router();

router.get('/diagnostics', (req, res) => {
  const host = req.query.host;
  exec('ping -c 1 ' + host, (err, stdout) => {
    if (err) {
      return res.status(500).send('command failed');
    }
    return res.type('text/plain').send(stdout);
  });
});

module.exports = router;
