'use strict';

const express = require('express');

const router = express.Router();
router.use(express.json());

router.post('/login/complete', (req, res) => {
  const { redirectUrl } = req.body;
  const pending = [];
  pending.push(redirectUrl);
  const item = pending.pop();
  res.location(item + '?welcome=1');
  res.sendStatus(302);
});

module.exports = router;
