'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');

const router = express.Router();
router.use(cookieParser());

function normalizeInput(value) {
  return String(value).trim();
}

router.get('/greet', (req, res) => {
  const title = req.cookies.title;
  const item = normalizeInput(title);
  const page = '<html><body>' + `<div class="result">Results for ${item}</div>` + '</body></html>';
  res.set('Content-Type', 'text/html');
  res.send(page);
});

module.exports = router;
