'use strict';

const express = require('express');

const router = express.Router();

router.get('/fetch', async (req, res) => {
  const { url } = req.query;
  const requestUrl = new URL('/v1/items/' + encodeURIComponent(url), 'https://api.partner.example');
  const response = await fetch(requestUrl);
  res.json(await response.json());
});

module.exports = router;
