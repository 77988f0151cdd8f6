'use strict';

const express = require('express');
const { escapeText } = require('../../lib/html');

const app = express();

app.get('/greet', (req, res) => {
  const q = req.query['q'];
  res.send('<h2>' + escapeText(q) + '</h2>');
});

module.exports = app;
