'use strict';

const express = require('express');

const router = express.Router();

router.get('/greet/:name', (req, res) => {
  const name = req.params.name;
  res.send(`<a href="/search?q=${encodeURIComponent(name)}">search again</a>`);
});

module.exports = router;
