'use strict';

const express = require('express');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
router.use(express.json());

router.post('/profile', (req, res) => {
  const username = req.body.username;
  const trimmed = username.substring(0, 200);
  Object.assign(req.session, { preferredName: trimmed });
  res.json({ saved: true });
});

module.exports = router;
