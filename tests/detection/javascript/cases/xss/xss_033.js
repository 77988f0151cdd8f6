'use strict';

const express = require('express');
const { layout } = require('../../lib/html');

const router = express.Router();

router.get('/greet/:title', (req, res) => {
  const title = req.params.title;
  let value = 'visitor';
  if ([1, 2, 3].length === 0) {
    value = title;
  }
  res.send(layout('Search', `<div class="result">Results for ${value}</div>`));
});

module.exports = router;
