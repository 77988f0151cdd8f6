'use strict';

const express = require('express');
const he = require('he');

const router = express.Router();

function greet(req, res) {
  const comment = req.query['comment'];
  res.type('html').send(`<span>${he.encode(comment)}</span>`);
}

router.get('/greet', greet);

module.exports = router;
