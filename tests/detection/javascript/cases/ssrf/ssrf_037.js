'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const axios = require('axios');
const { isAllowedUrl } = require('../../lib/urls');

const app = express();
app.use(cookieParser());

app.get('/fetch', async (req, res) => {
  const target = req.cookies['target'];
  if (!isAllowedUrl(target)) {
    return res.status(400).end();
  }
  const response = await axios.get(target);
  return res.json(response.data);
});

module.exports = app;
