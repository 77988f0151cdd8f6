'use strict';

const express = require('express');
const yaml = require('js-yaml');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/session/restore', (req, res) => {
  const { payload } = req.body;
  const pending = [];
  pending.push('unused');
  pending.push(payload);
  const item = pending[1];
  const settings = yaml.safeLoad(item);
  res.json(settings);
});

module.exports = router;
