'use strict';

const express = require('express');
const cp = require('child_process');

const router = express.Router();

function runDiagnostics(req, res) {
  const name = req.query['name'];
  const knownHosts = ['db.internal', 'cache.internal', 'queue.internal'];
  if (!knownHosts.includes(name)) {
    return res.status(400).send('unknown host');
  }
  cp.exec('ping -c 1 ' + name, (err, stdout) => {
    if (err) {
      return res.status(500).send('command failed');
    }
    return res.type('text/plain').send(stdout);
  });
}

router.get('/diagnostics', runDiagnostics);

module.exports = router;
