'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');

const app = express();
app.use(cookieParser());

app.get('/greet', (req, res) => {
  const q = req.cookies['q'];
  const pending = [];
  pending.push('unused');
  pending.push(q);
  const item = pending[1];
  const page = '<html><body>' + '<p>Hello, ' + item + '</p>' + '</body></html>';
  res.set('Content-Type', 'text/html');
  res.send(page);
});

module.exports = app;
