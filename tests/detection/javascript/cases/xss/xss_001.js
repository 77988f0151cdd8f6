'use strict';

const express = require('express');

const app = express();

app.get('/greet', (req, res) => {
  const q = req.headers['x-q'];
  const trimmed = q.slice(0, 256);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.write('<p>Hello, ' + trimmed + '</p>');
  res.end();
});

module.exports = app;
