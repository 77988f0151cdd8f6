'use strict';

const express = require('express');
const { collapseWhitespace } = require('../../lib/text');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

router.get('/profile', (req, res) => {
  const { displayName } = req.query;
  const item = collapseWhitespace(displayName);
  req.session.profile = { nickname: item, updatedAt: Date.now() };
  res.json({ ok: true });
});

module.exports = router;
