'use strict';

const express = require('express');

const app = express();

app.get('/calc', (req, res) => {
  const { formula } = req.query;
  const result = JSON.parse(formula);
  res.json({ result });
});

module.exports = app;
