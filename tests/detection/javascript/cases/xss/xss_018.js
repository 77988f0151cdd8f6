'use strict';

const express = require('express');

const router = express.Router();

router.get('/greet', (req, res) => {
  const name = req.query.name;
  res.send('<p>Hello, ' + name + '</p>');
});

module.exports = router;
