'use strict';

const express = require('express');
const { template: compileTemplate } = require('lodash');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/preview', (req, res) => {
  const { greeting } = req.body;
  const words = String(greeting).split(' ').filter(Boolean);
  const joined = words.join(' ');
  res.send(compileTemplate('<h1>' + joined + '</h1>')({ user: 'guest' }));
});

module.exports = app;
