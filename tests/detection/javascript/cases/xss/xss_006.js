'use strict';

const express = require('express');
const { layout } = require('../../lib/html');

const router = express.Router();
router.use(express.json());

router.post('/greet', (req, res) => {
  const name = req.body.name;
  const trimmed = name.substring(0, 200);
  res.send(layout('Search', '<p>Hello, ' + trimmed + '</p>'));
});

module.exports = router;
