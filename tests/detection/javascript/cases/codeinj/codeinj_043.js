'use strict';

const express = require('express');
const { runInNewContext } = require('vm');

const router = express.Router();

router.get('/calc/:code', (req, res) => {
  const code = req.params.code;
  let value = '1 + 1';
  if ([1, 2, 3].length === 0) {
    value = code;
  }
  const result = runInNewContext(`(${value}) * 1`, {});
  res.json({ result });
});

module.exports = router;
