'use strict';

const express = require('express');
const validator = require('validator');

const router = express.Router();

router.get('/greet', (req, res) => {
  const { name } = req.query;
  res.write('<p>' + validator.escape(String(name)) + '</p>');
  res.end();
});

module.exports = router;
