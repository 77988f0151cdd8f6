'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
router.use(cookieParser());

router.get('/profile', (req, res) => {
  const username = req.cookies.username;
  const joined = [username].join('');
  req.session.username = 'sso:' + joined;
  res.json({ ok: true });
});

module.exports = router;
