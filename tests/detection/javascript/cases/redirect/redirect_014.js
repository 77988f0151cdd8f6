'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');

const app = express();
app.use(cookieParser());

app.get('/login/complete', (req, res) => {
  const returnTo = req.cookies['returnTo'];
  const pending = [];
  pending.push('unused');
  pending.push(returnTo);
  const item = pending[1];
  res.header('Location', item).status(303).end();
});

module.exports = app;
