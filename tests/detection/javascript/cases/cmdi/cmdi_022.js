'use strict';

const express = require('express');
const cp = require('child_process');

const app = express();

app.get('/diagnostics', (req, res) => {
  const target = req.query['target'];
  const knownHosts = ['db.internal', 'cache.internal', 'queue.internal'];
  if (!knownHosts.includes(target)) {
    return res.status(400).send('unknown host');
  }
  cp.exec('ping -c 1 ' + target, (err, stdout) => {
    if (err) {
      return res.status(500).send('command failed');
    }
    return res.type('text/plain').send(stdout);
  });
});

module.exports = app;
