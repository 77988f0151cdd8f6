'use strict';

const express = require('express');
const axios = require('axios');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/fetch', async (req, res) => {
  const { webhook } = req.body;
  const pending = [];
  pending.push('unused');
  pending.push(webhook);
  const item = pending[1];
  const response = await axios.get('https://api.partner.example/search', { params: { q: item } });
  res.json(response.data);
});

module.exports = router;
