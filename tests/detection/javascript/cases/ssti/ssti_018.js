'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const _ = require('lodash');

const router = express.Router();
router.use(cookieParser());

function renderPreview(req, res) {
  const message = req.cookies['message'];
  let value = '<h1>Welcome</h1>';
  if ([1, 2, 3].length === 0) {
    value = message;
  }
  const compiled = _.template(`<section class="banner">${value}</section>`);
  res.send(compiled({ user: 'guest' }));
}

router.get('/preview', renderPreview);

module.exports = router;
