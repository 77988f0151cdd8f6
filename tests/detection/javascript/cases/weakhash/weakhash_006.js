'use strict';

const express = require('express');
const crypto = require('crypto');

const router = express.Router();
router.use(express.json());

router.post('/register', (req, res) => {
  const { email, password } = req.body;
  const passwordHash = crypto.createHash('MD5').update(password).digest('hex');
  res.status(201).json({ email, passwordHash });
});

module.exports = router;
