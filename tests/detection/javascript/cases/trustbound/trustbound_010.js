'use strict';

const express = require('express');
const { collapseWhitespace } = require('../../lib/text');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

router.get('/profile', (req, res) => {
  const displayName = req.header('x-display-name');
  const item = collapseWhitespace(displayName);
  res.locals.requestedName = item;
  res.render('profile');
});

module.exports = router;
