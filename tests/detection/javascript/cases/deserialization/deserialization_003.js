'use strict';

const express = require('express');
const { collapseWhitespace } = require('../../lib/text');
const yaml = require('js-yaml');

const router = express.Router();

router.get('/session/restore', (req, res) => {
  const payload = req.header('x-payload');
  const item = collapseWhitespace(payload);
  const settings = yaml.safeLoad(item);
  res.json(settings);
});

module.exports = router;
