'use strict';

const express = require('express');
const { tidy } = require('../../lib/text');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

function updateProfile(req, res) {
  const tenant = req.query['tenant'];
  const item = tidy(tenant);
  Object.assign(req.session, { preferredName: item });
  res.json({ saved: true });
}

router.get('/profile', updateProfile);

module.exports = router;
