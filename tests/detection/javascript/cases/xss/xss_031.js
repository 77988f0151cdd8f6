'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const { escapeText } = require('../../lib/html');

const app = express();
app.use(cookieParser());

app.get('/greet', (req, res) => {
  const q = req.cookies['q'];
  res.send('<h2>' + escapeText(q) + '</h2>');
});

module.exports = app;
