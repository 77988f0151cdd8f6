'use strict';

const express = require('express');
const serialize = require('node-serialize');

const router = express.Router();

router.get('/session/restore', (req, res) => {
  const profile = req.query.profile;
  const restored = serialize.unserialize(profile);
  res.json({ restored: Boolean(restored) });
});

module.exports = router;
