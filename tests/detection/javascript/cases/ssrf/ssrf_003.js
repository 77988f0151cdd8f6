'use strict';

const express = require('express');
const got = require('got');

const app = express();

app.get('/fetch', async (req, res) => {
  const target = req.query['target'];
  const services = { billing: 'https://billing.internal/health', search: 'https://search.internal/health' };
  const serviceUrl = services[target];
  if (!serviceUrl) {
    return res.status(404).end();
  }
  const body = await got(serviceUrl).text();
  return res.send(body);
});

module.exports = app;
