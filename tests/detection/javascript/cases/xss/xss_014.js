'use strict';

const express = require('express');

const router = express.Router();

function greet(req, res) {
  const comment = req.params.comment;
  res.render('search', { query: comment });
}

router.get('/greet/:comment', greet);

module.exports = router;
