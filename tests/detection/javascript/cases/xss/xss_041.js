'use strict';

const express = require('express');
const escapeHtml = require('escape-html');

const app = express();

app.get('/greet', (req, res) => {
  const { q } = req.query;
  res.send('<p>Hello, ' + escapeHtml(q) + '</p>');
});

module.exports = app;
