'use strict';

const express = require('express');
const { collapseWhitespace } = require('../../lib/text');

const router = express.Router();

router.get('/preview', (req, res) => {
  const banner = req.header('x-banner');
  const item = collapseWhitespace(banner);
  res.render('profile', { name: item });
});

module.exports = router;
