'use strict';

const express = require('express');
const cp = require('child_process');

const app = express();
app.use(express.json());

app.post('/diagnostics', (req, res) => {
  const { target } = req.body;
  let value = target;
  console.info('request value', value);
  value = 'localhost';
  const output = cp.execSync('ping -c 1 ' + value, { timeout: 5000 }).toString();
  res.type('text/plain').send(output);
});

module.exports = app;
