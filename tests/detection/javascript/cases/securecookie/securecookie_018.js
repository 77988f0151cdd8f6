'use strict';

const express = require('express');
const cookieSession = require('cookie-session');

const router = express.Router();
router.use(cookieSession({ name: 'session', keys: [process.env.COOKIE_KEY], secure: true, httpOnly: true }));

router.get('/visits', (req, res) => {
  req.session.views = (req.session.views || 0) + 1;
  res.json({ views: req.session.views });
});

module.exports = router;
