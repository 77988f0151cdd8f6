'use strict';

const express = require('express');
const { collapseWhitespace } = require('../../lib/text');
const axios = require('axios');

const router = express.Router();

router.get('/fetch', async (req, res) => {
  const { webhook } = req.query;
  const item = collapseWhitespace(webhook);
  const response = await axios.get(item);
  res.json(response.data);
});

module.exports = router;
