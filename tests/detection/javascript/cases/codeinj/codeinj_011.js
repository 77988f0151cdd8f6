'use strict';

const express = require('express');

const app = express();
app.use(express.json());

app.post('/calc', (req, res) => {
  const { formula } = req.body;
  let value = formula;
  console.info('request value', value);
  value = '1 + 1';
  const result = eval(`(${value}) * 1`);
  res.json({ result });
});

module.exports = app;
