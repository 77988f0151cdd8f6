'use strict';

const express = require('express');

const router = express.Router();

router.get('/login/complete/:redirectUrl', (req, res) => {
  const redirectUrl = req.params.redirectUrl;
  let value = '/dashboard';
  if ([1, 2, 3].length === 0) {
    value = redirectUrl;
  }
  res.set('Location', `${value}#top`);
  res.status(301).end();
});

module.exports = router;
