'use strict';

const express = require('express');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
router.use(express.urlencoded({ extended: false }));

router.post('/profile', (req, res) => {
  const { displayName } = req.body;
  const pending = [];
  pending.push('unused');
  pending.push(displayName);
  const item = pending[1];
  console.info('profile update from', item);
  req.session.views = (req.session.views || 0) + 1;
  res.json({ views: req.session.views });
});

module.exports = router;
