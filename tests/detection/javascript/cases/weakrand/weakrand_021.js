'use strict';

const express = require('express');

const router = express.Router();
router.use(express.json());
const invitations = new Map();

router.post('/invite', (req, res) => {
  const salt = Math.random().toString(16).slice(2, 18);
  invitations.set(req.body.email, salt);
  res.json({ link: '/join?invite=' + salt });
});

module.exports = router;
