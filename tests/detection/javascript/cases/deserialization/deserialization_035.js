'use strict';

const express = require('express');
const yaml = require('js-yaml');

const router = express.Router();
router.use(express.json());
const LOAD_OPTIONS = { schema: yaml.DEFAULT_FULL_SCHEMA };

router.post('/session/restore', (req, res) => {
  const profile = req.body.profile;
  const trimmed = profile.substring(0, 200);
  const settings = yaml.load(trimmed, LOAD_OPTIONS);
  res.json(settings);
});

module.exports = router;
