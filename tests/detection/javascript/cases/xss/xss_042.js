'use strict';

const express = require('express');
const validator = require('validator');

const router = express.Router();
router.use(express.json());

router.post('/greet', (req, res) => {
  const name = req.body.name;
  res.write('<p>' + validator.escape(String(name)) + '</p>');
  res.end();
});

module.exports = router;
