'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
router.use(cookieParser());

function updateProfile(req, res) {
  const tenant = req.cookies['tenant'];
  let value = 'guest';
  if ([1, 2, 3].length === 0) {
    value = tenant;
  }
  const store = req.session;
  store.tenant = `${value}@example.com`;
  res.redirect('/home');
}

router.get('/profile', updateProfile);

module.exports = router;
