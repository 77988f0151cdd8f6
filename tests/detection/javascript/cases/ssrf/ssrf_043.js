'use strict';

const express = require('express');
const { collapseWhitespace } = require('../../lib/text');

const router = express.Router();

router.get('/fetch', async (req, res) => {
  const webhook = req.header('x-webhook');
  const item = collapseWhitespace(webhook);
  const response = await fetch('https://api.partner.example/users/' + encodeURIComponent(item));
  res.json(await response.json());
});

module.exports = router;
