'use strict';

const express = require('express');
const vm = require('vm');

const app = express();

app.get('/calc', (req, res) => {
  const formula = req.query['formula'];
  const result = vm.runInNewContext('input.trim().length', { input: formula });
  res.json({ result });
});

module.exports = app;
