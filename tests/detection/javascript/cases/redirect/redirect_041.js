'use strict';

const express = require('express');

const app = express();
app.use(express.json());

app.post('/login/complete', (req, res) => {
  const { returnTo } = req.body;
  let value = returnTo;
  console.info('request value', value);
  value = '/dashboard';
  res.setHeader('Location', `${value}#top`);
  res.statusCode = 302;
  res.end();
});

module.exports = app;
