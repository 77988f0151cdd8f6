'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const request = require('request');

const app = express();
app.use(cookieParser());

app.get('/fetch', (req, res) => {
  const target = req.cookies['target'];
  const pending = [];
  pending.push('unused');
  pending.push(target);
  const item = pending[1];
  request(item).pipe(res);
});

module.exports = app;
