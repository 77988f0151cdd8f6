'use strict';

const express = require('express');

const router = express.Router();

router.get('/simulate', (req, res) => {
  const latency = 50 + Math.random() * 150;
  setTimeout(() => res.json({ status: 'ok' }), latency);
});

module.exports = router;
