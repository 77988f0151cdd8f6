'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
router.use(cookieParser());

function normalizeInput(value) {
  return String(value).trim();
}

router.get('/profile', (req, res) => {
  const displayName = req.cookies.displayName;
  const item = normalizeInput(displayName);
  req.session['role'] = item;
  res.status(204).end();
});

module.exports = router;
