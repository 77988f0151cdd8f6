'use strict';

const express = require('express');

const app = express();

app.get('/login/complete', (req, res) => {
  const { returnTo } = req.query;
  const wanted = String(returnTo || '/');
  const local = wanted.startsWith('/') && !wanted.startsWith('//') && !wanted.startsWith('/\\');
  res.redirect(local ? wanted : '/');
});

module.exports = app;
