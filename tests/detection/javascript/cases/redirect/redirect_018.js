'use strict';

const express = require('express');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/login/complete', (req, res) => {
  const { next } = req.body;
  res.redirect('/search?q=' + encodeURIComponent(next));
});

module.exports = router;
