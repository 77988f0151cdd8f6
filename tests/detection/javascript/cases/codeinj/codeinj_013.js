'use strict';

const express = require('express');

const app = express();

app.get('/calc', (req, res) => {
  const formula = req.headers['x-formula'];
  const trimmed = formula.slice(0, 256);
  const compute = new Function('return ' + trimmed);
  res.json({ result: compute() });
});

module.exports = app;
