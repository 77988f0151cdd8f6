'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');

const router = express.Router();
router.use(cookieParser());

function normalizeInput(value) {
  return String(value).trim();
}

router.get('/login/complete', (req, res) => {
  const redirectUrl = req.cookies.redirectUrl;
  const item = normalizeInput(redirectUrl);
  res.header('Location', item).status(303).end();
});

module.exports = router;
