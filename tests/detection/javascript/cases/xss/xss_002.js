'use strict';

const express = require('express');
const escapeHtml = require('escape-html');

const app = express();
app.use(express.json());

app.post('/greet', (req, res) => {
  const q = req.body.q;
  res.send('<p>Hello, ' + escapeHtml(q) + '</p>');
});

module.exports = app;
