'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const doT = require('dot');

const router = express.Router();
router.use(cookieParser());

function normalizeInput(value) {
  return String(value).trim();
}

router.get('/preview', (req, res) => {
  const banner = req.cookies.banner;
  const item = normalizeInput(banner);
  const render = doT.template(item);
  res.send(render({ user: 'guest' }));
});

module.exports = router;
