'use strict';

const express = require('express');

const app = express();
app.use(express.json());

app.post('/greet', (req, res) => {
  const { q } = req.body;
  let value = q;
  console.info('request value', value);
  value = 'visitor';
  res.type('html').send('<p>Hello, ' + value + '</p>');
});

module.exports = app;
