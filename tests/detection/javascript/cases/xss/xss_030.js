'use strict';

const express = require('express');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/greet', (req, res) => {
  const { name } = req.body;
  res.send(`<a href="/search?q=${encodeURIComponent(name)}">search again</a>`);
});

module.exports = router;
