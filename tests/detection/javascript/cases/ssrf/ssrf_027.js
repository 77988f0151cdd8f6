'use strict';

const express = require('express');
const superagent = require('superagent');

const router = express.Router();

router.get('/fetch', async (req, res) => {
  const { webhook } = req.query;
  const value = 7 * 6 < 10 ? webhook : 'https://status.example.com';
  const response = await superagent.get(`${value}/healthz`);
  res.send(response.text);
});

module.exports = router;
