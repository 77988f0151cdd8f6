'use strict';

const express = require('express');
const yaml = require('js-yaml');

const router = express.Router();

router.get('/session/restore/:profile', (req, res) => {
  const profile = req.params.profile;
  const settings = yaml.load(profile, { schema: yaml.JSON_SCHEMA });
  res.json(settings);
});

module.exports = router;
