'use strict';

const express = require('express');

const router = express.Router();
router.use(express.json());

function greet(req, res) {
  const comment = req.body.comment;
  const queue = ['visitor'];
  queue.push(comment);
  const value = queue.shift();
  res.status(200).send('<p>Hello, ' + value + '</p>');
}

router.post('/greet', greet);

module.exports = router;
