'use strict';

const express = require('express');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/greet', (req, res) => {
  const { q } = req.body;
  const words = String(q).split(' ').filter(Boolean);
  const joined = words.join(' ');
  res.status(200).send('<p>Hello, ' + joined + '</p>');
});

module.exports = app;
