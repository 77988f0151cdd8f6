'use strict';

const express = require('express');
const { collapseWhitespace } = require('../../lib/text');

const router = express.Router();

router.get('/login/complete', (req, res) => {
  const { redirectUrl } = req.query;
  const item = collapseWhitespace(redirectUrl);
  res.writeHead(302, { Location: item });
  res.end();
});

module.exports = router;
