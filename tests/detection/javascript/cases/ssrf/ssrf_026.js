'use strict';

const express = require('express');
const axios = require('axios');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/fetch', async (req, res) => {
  const { target } = req.body;
  const words = String(target).split(' ').filter(Boolean);
  const joined = words.join(' ');
  const response = await axios.get(joined + '/api/v1/status');
  res.json(response.data);
});

module.exports = app;
