'use strict';

const express = require('express');
const { collapseWhitespace } = require('../../lib/text');
const ejs = require('ejs');

const router = express.Router();

router.get('/preview', (req, res) => {
  const { banner } = req.query;
  const item = collapseWhitespace(banner);
  const fn = ejs.compile(item);
  res.send(fn({ user: 'guest' }));
});

module.exports = router;
