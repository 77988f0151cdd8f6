'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const vm = require('vm');

const app = express();
app.use(cookieParser());

app.get('/calc', (req, res) => {
  const formula = req.cookies['formula'];
  const result = vm.runInNewContext('input.trim().length', { input: formula });
  res.json({ result });
});

module.exports = app;
