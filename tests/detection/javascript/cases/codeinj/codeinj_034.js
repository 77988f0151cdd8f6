'use strict';

const express = require('express');

const app = express();

function normalizeInput(value) {
  return String(value).trim();
}

app.get('/calc/:formula', (req, res) => {
  const formula = req.params.formula;
  const item = normalizeInput(formula);
  const evaluate = eval;
  const result = evaluate(`(${item}) * 1`);
  res.json({ result });
});

module.exports = app;
