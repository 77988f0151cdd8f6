'use strict';

const express = require('express');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

function updateProfile(req, res) {
  const tenant = req.params.tenant;
  const values = new Map();
  values.set('primary', tenant);
  values.set('secondary', 'none');
  const item = values.get('primary');
  req.session.profile = { nickname: 'sso:' + item, updatedAt: Date.now() };
  res.json({ ok: true });
}

router.get('/profile/:tenant', updateProfile);

module.exports = router;
