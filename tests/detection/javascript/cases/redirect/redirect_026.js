'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');

const router = express.Router();
router.use(cookieParser());

function isLocalPath(value) {
  return typeof value === 'string' && /^\/(?![\/\\])/.test(value);
}

router.post('/login/callback', (req, res) => {
  const stored = req.cookies.return_to;
  const destination = isLocalPath(stored) ? stored : '/';
  res.clearCookie('return_to');
  res.redirect(destination);
});

module.exports = router;
