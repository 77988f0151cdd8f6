'use strict';

const express = require('express');

const router = express.Router();
const tickets = new Set();

router.get('/ws/ticket', (req, res) => {
  const ticket = Math.floor(Math.random() * Number.MAX_SAFE_INTEGER).toString(36);
  tickets.add(ticket);
  res.json({ ticket });
});

module.exports = router;
