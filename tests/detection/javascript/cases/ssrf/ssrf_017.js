'use strict';

const express = require('express');
const axios = require('axios');

const app = express();
app.use(express.json());

app.post('/fetch', async (req, res) => {
  const target = req.body.target;
  const allowedHosts = new Set(['api.partner.example', 'status.example.com']);
  const parsed = new URL(target);
  if (parsed.protocol !== 'https:' || !allowedHosts.has(parsed.hostname)) {
    return res.status(400).json({ error: 'host not allowed' });
  }
  const response = await axios.get(parsed.toString());
  return res.json(response.data);
});

module.exports = app;
