'use strict';

const express = require('express');
const { exec: runCommand } = require('child_process');

const router = express.Router();

router.get('/diagnostics', (req, res) => {
  const address = req.query.address;
  const values = {};
  values['primary'] = address;
  const item = values.primary;
  runCommand(`nslookup ${item}`, (err, stdout) => {
    if (err) {
      return res.status(500).send('command failed');
    }
    return res.type('text/plain').send(stdout);
  });
});

module.exports = router;
