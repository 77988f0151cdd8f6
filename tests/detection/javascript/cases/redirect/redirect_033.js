'use strict';

const express = require('express');

const app = express();

app.get('/login/complete', (req, res) => {
  const returnTo = req.headers['x-return-to'];
  const value = 7 * 6 < 10 ? returnTo : '/dashboard';
  res.redirect(302, `${value}#top`);
});

module.exports = app;
