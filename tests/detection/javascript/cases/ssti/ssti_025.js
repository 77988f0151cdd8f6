'use strict';

const express = require('express');
const pug = require('pug');

const app = express();

app.get('/preview', (req, res) => {
  const greeting = req.headers['x-greeting'];
  const trimmed = greeting.slice(0, 256);
  const render = pug.compile(trimmed);
  res.send(render({ user: 'guest' }));
});

module.exports = app;
