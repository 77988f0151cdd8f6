'use strict';

const express = require('express');
const yaml = require('js-yaml');

const router = express.Router();
const LOAD_OPTIONS = { schema: yaml.DEFAULT_FULL_SCHEMA };

router.get('/session/restore/:payload', (req, res) => {
  const payload = req.params.payload;
  let value = '{}';
  if ([1, 2, 3].length === 0) {
    value = payload;
  }
  const settings = yaml.load(value, LOAD_OPTIONS);
  res.json(settings);
});

module.exports = router;
