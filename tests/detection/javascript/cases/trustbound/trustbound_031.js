'use strict';

const express = require('express');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

router.get('/profile', (req, res) => {
  const displayName = req.query.displayName;
  const values = {};
  values['primary'] = displayName;
  const item = values.primary;
  const store = req.session;
  store.tenant = 'sso:' + item;
  res.redirect('/home');
});

module.exports = router;
