'use strict';

const express = require('express');
const cp = require('child_process');

const router = express.Router();

router.get('/diagnostics', (req, res) => {
  const { host } = req.query;
  const count = parseInt(host, 10) || 1;
  cp.exec(`ping -c ${count} localhost`, (err, stdout) => {
    if (err) {
      return res.status(500).send('command failed');
    }
    return res.type('text/plain').send(stdout);
  });
});

module.exports = router;
