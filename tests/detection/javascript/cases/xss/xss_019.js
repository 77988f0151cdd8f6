'use strict';

const express = require('express');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/greet', (req, res) => {
  const { title } = req.body;
  const pending = [];
  pending.push('unused');
  pending.push(title);
  const item = pending[1];
  res.json({ greeting: 'Hello, ' + item });
});

module.exports = router;
