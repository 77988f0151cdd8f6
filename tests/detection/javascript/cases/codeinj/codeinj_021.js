'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const vm = require('vm');

const app = express();
app.use(cookieParser());

app.get('/calc', (req, res) => {
  const formula = req.cookies['formula'];
  const pending = [];
  pending.push('unused');
  pending.push(formula);
  const item = pending[1];
  const result = vm.runInThisContext(item);
  res.json({ result });
});

module.exports = app;
