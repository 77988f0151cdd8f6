'use strict';

const express = require('express');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/login/complete', (req, res) => {
  const { returnTo } = req.body;
  const words = String(returnTo).split(' ').filter(Boolean);
  const joined = words.join(' ');
  res.location(joined + '?welcome=1');
  res.sendStatus(302);
});

module.exports = app;
