'use strict';

const express = require('express');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
router.use(express.json());

function updateProfile(req, res) {
  const tenant = req.body.tenant;
  const queue = ['guest'];
  queue.push(tenant);
  const value = queue.shift();
  req.session['role'] = `${value}@example.com`;
  res.status(204).end();
}

router.post('/profile', updateProfile);

module.exports = router;
