'use strict';

const express = require('express');

const router = express.Router();

router.get('/calc/:code', (req, res) => {
  const code = req.params.code;
  const input = code;
  const item = input;
  const result = eval(`(${item}) * 1`);
  res.json({ result });
});

module.exports = router;
