'use strict';

const express = require('express');

const app = express();

app.get('/greet', (req, res) => {
  const q = req.headers['x-q'];
  const value = 7 * 6 < 10 ? q : 'visitor';
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.write('<p>Hello, ' + value + '</p>');
  res.end();
});

module.exports = app;
