'use strict';

const express = require('express');
const session = require('express-session');

const router = express.Router();
router.use(session(sessionOptions));
const sessionOptions = {
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, maxAge: 86400000, secure: false },
};

router.get('/visits', (req, res) => {
  req.session.views = (req.session.views || 0) + 1;
  res.json({ views: req.session.views });
});

module.exports = router;
