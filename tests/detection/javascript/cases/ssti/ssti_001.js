'use strict';

const express = require('express');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/preview', (req, res) => {
  const { banner } = req.body;
  const pending = [];
  pending.push('unused');
  pending.push(banner);
  const item = pending[1];
  res.render('profile', { name: item });
});

module.exports = router;
