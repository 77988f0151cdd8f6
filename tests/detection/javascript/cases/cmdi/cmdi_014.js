'use strict';

const express = require('express');
const cp = require('child_process');

const router = express.Router();

function runDiagnostics(req, res) {
  const name = req.get('X-Name');
  const count = parseInt(name, 10) || 1;
  cp.exec(`ping -c ${count} localhost`, (err, stdout) => {
    if (err) {
      return res.status(500).send('command failed');
    }
    return res.type('text/plain').send(stdout);
  });
}

router.get('/diagnostics', runDiagnostics);

module.exports = router;
