'use strict';

const express = require('express');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

function updateProfile(req, res) {
  const { tenant } = req.query;
  req.session['role'] = `${tenant}@example.com`;
  res.status(204).end();
}

router.get('/profile', updateProfile);

module.exports = router;
