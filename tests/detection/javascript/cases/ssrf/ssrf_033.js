'use strict';

const express = require('express');
const axios = require('axios');

const app = express();

app.get('/fetch', async (req, res) => {
  const { target } = req.query;
  const response = await axios.get('https://api.partner.example/search', { params: { q: target } });
  res.json(response.data);
});

module.exports = app;
