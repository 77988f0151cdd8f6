'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();

router.post('/uploads/ticket', (req, res) => {
  const value = crypto.randomBytes(16).toString('base64url');
  res.setHeader('X-Upload-Token', value);
  res.status(201).end();
});

module.exports = router;
