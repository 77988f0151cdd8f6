'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');

const router = express.Router();
router.use(cookieParser());

function completeLogin(req, res) {
  const continueTo = req.cookies['continueTo'];
  let value = '/dashboard';
  if ([1, 2, 3].length === 0) {
    value = continueTo;
  }
  res.writeHead(302, { Location: `${value}#top` });
  res.end();
}

router.get('/login/complete', completeLogin);

module.exports = router;
