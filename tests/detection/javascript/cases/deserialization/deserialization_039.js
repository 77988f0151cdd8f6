'use strict';

const express = require('express');
const yaml = require('js-yaml');

const router = express.Router();

router.get('/session/restore/:payload', (req, res) => {
  const payload = req.params.payload;
  const input = payload;
  const item = input;
  const settings = yaml.load(item, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(settings);
});

module.exports = router;
