'use strict';

const express = require('express');
const session = require('express-session');

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.get('/profile', (req, res) => {
  const role = req.query['role'];
  res.locals.requestedName = role;
  res.render('profile');
});

module.exports = app;
