'use strict';

const express = require('express');
const axios = require('axios');

const router = express.Router();

router.get('/fetch', async (req, res) => {
  const url = req.query.url;
  const response = await axios.get(url);
  res.json(response.data);
});

module.exports = router;
