'use strict';

const express = require('express');
const cp = require('child_process');

const app = express();

app.get('/diagnostics', (req, res) => {
  const target = req.headers['x-target'];
  const trimmed = target.slice(0, 256);
  const output = cp.execSync('ping -c 1 ' + trimmed, { timeout: 5000 }).toString();
  res.type('text/plain').send(output);
});

module.exports = app;
