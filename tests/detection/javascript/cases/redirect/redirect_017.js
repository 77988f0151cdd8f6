'use strict';

const express = require('express');

const app = express();

function normalizeInput(value) {
  return String(value).trim();
}

app.get('/login/complete/:returnTo', (req, res) => {
  const returnTo = req.params.returnTo;
  const item = normalizeInput(returnTo);
  res.setHeader('Location', `${item}#top`);
  res.statusCode = 302;
  res.end();
});

module.exports = app;
