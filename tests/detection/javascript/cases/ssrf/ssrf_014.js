'use strict';

const express = require('express');
const got = require('got');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/fetch', async (req, res) => {
  const { url } = req.body;
  const services = { billing: 'https://billing.internal/health', search: 'https://search.internal/health' };
  const serviceUrl = services[url];
  if (!serviceUrl) {
    return res.status(404).end();
  }
  const body = await got(serviceUrl).text();
  return res.send(body);
});

module.exports = router;
