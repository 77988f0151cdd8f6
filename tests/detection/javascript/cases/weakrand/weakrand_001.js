'use strict';

const express = require('express');

const router = express.Router();
router.use(express.json());
const pendingCodes = new Map();

router.post('/otp', (req, res) => {
  const code = Math.floor(Math.random() * 1000000).toString().padStart(6, '0');
  pendingCodes.set(req.body.email, { code, expires: Date.now() + 300000 });
  res.status(202).json({ sent: true });
});

module.exports = router;
