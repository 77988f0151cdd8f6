'use strict';

const express = require('express');
const session = require('express-session');
const { pickAllowed } = require('../../lib/validate');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

router.get('/profile/:username', (req, res) => {
  const username = req.params.username;
  req.session.locale = pickAllowed(username, ['en-US', 'de-DE', 'fr-FR'], 'en-US');
  res.status(204).end();
});

module.exports = router;
