'use strict';

const express = require('express');
const { collapseWhitespace } = require('../../lib/text');

const router = express.Router();

router.get('/login/complete', (req, res) => {
  const redirectUrl = req.header('x-redirect-url');
  const item = collapseWhitespace(redirectUrl);
  const destination = new URL(item, 'https://shop.example.com');
  if (destination.origin !== 'https://shop.example.com') {
    return res.redirect('/');
  }
  return res.redirect(destination.pathname + destination.search);
});

module.exports = router;
