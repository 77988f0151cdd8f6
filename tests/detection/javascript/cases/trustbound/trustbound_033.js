'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
router.use(cookieParser());

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

router.get('/profile', (req, res) => {
  const displayName = req.cookies.displayName;
  const ctx = new RequestContext(displayName);
  const item = ctx.current();
  const themes = { dark: 'dark', light: 'light' };
  req.session.theme = themes[item] || 'light';
  res.json({ ok: true });
});

module.exports = router;
