'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const { localPathOrHome } = require('../../lib/urls');

const app = express();
app.use(cookieParser());

app.get('/login/complete', (req, res) => {
  const returnTo = req.cookies['returnTo'];
  res.redirect(localPathOrHome(returnTo));
});

module.exports = app;
