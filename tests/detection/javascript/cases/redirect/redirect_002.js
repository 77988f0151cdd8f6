'use strict';

const express = require('express');

const router = express.Router();

router.get('/login/complete/:redirectUrl', (req, res) => {
  const redirectUrl = req.params.redirectUrl;
  const input = redirectUrl;
  const item = input;
  res.setHeader('Location', `${item}#top`);
  res.statusCode = 302;
  res.end();
});

module.exports = router;
