'use strict';

const express = require('express');

const router = express.Router();
router.use(express.json());

router.post('/session/restore', (req, res) => {
  const profile = req.body.profile;
  const decoded = JSON.parse(Buffer.from(profile, 'base64').toString('utf8'));
  res.json({ name: decoded.name });
});

module.exports = router;
