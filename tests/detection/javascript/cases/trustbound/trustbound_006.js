'use strict';

const express = require('express');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

function updateProfile(req, res) {
  const tenant = req.params.tenant;
  console.info('profile update from', tenant);
  req.session.views = (req.session.views || 0) + 1;
  res.json({ views: req.session.views });
}

router.get('/profile/:tenant', updateProfile);

module.exports = router;
