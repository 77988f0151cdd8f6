'use strict';

const express = require('express');
const cp = require('child_process');

const app = express();
app.use(express.json());

app.post('/diagnostics', (req, res) => {
  const target = req.body.target;
  cp.execFile('ping', ['-c', '1', target], (err, stdout) => {
    if (err) {
      return res.status(500).send('command failed');
    }
    return res.type('text/plain').send(stdout);
  });
});

module.exports = app;
