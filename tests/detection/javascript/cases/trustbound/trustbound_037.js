'use strict';

const express = require('express');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
router.use(express.json());

router.post('/profile', (req, res) => {
  const username = req.body.username;
  const accepted = username === 'yes' ? 'accepted' : 'declined';
  req.session.termsStatus = accepted;
  res.json({ ok: true });
});

module.exports = router;
