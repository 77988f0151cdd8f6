'use strict';

const express = require('express');

const app = express();

app.get('/login/complete', (req, res) => {
  const returnTo = req.query['returnTo'];
  res.redirect('/search?q=' + encodeURIComponent(returnTo));
});

module.exports = app;
