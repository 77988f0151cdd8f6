'use strict';

const express = require('express');

const router = express.Router();

router.get('/session/restore', (req, res) => {
  const { profile } = req.query;
  const decoded = JSON.parse(Buffer.from(profile, 'base64').toString('utf8'));
  res.json({ name: decoded.name });
});

module.exports = router;
