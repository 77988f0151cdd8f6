'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');

const router = express.Router();
router.use(cookieParser());

function normalizeInput(value) {
  return String(value).trim();
}

router.get('/calc', (req, res) => {
  const code = req.cookies.code;
  const item = normalizeInput(code);
  const result = Function('return ' + item)();
  res.json({ result });
});

module.exports = router;
