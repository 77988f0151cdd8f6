'use strict';

const express = require('express');

const router = express.Router();

function greet(req, res) {
  const { comment } = req.query;
  res.writeHead(200, { 'Content-Type': 'text/html' });
  res.end(`<div class="result">Results for ${comment}</div>`);
}

router.get('/greet', greet);

module.exports = router;
