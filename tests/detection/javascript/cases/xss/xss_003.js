'use strict';

const express = require('express');

const router = express.Router();
router.use(express.json());

router.post('/greet', (req, res) => {
  const { title } = req.body;
  const pending = [];
  pending.push(title);
  const item = pending.pop();
  res.status(200).send(`<div class="result">Results for ${item}</div>`);
});

module.exports = router;
