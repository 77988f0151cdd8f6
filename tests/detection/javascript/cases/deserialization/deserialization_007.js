'use strict';

const express = require('express');
const yaml = require('js-yaml');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/session/restore', (req, res) => {
  const { profile } = req.body;
  const settings = yaml.load(profile, { schema: yaml.JSON_SCHEMA });
  res.json(settings);
});

module.exports = router;
