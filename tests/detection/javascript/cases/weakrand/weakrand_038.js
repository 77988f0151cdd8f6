'use strict';

const express = require('express');

const router = express.Router();

router.post('/uploads/ticket', (req, res) => {
  const value = Math.random().toString(36).substring(2, 15) + Math.random().toString(36).substring(2, 15);
  res.setHeader('X-Upload-Token', value);
  res.status(201).end();
});

module.exports = router;
