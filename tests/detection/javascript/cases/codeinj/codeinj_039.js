'use strict';

const express = require('express');
const vm = require('vm');

const app = express();

app.get('/calc', (req, res) => {
  const formula = req.headers['x-formula'];
  const value = 7 * 6 < 10 ? formula : '1 + 1';
  const result = vm.runInNewContext(`(${value}) * 1`, { Math }, { timeout: 50 });
  res.json({ result });
});

module.exports = app;
