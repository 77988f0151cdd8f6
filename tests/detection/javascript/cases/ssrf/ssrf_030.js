'use strict';

const express = require('express');
const axios = require('axios');
const { isAllowedUrl } = require('../../lib/urls');

const router = express.Router();

async function proxyFetch(req, res) {
  const endpoint = req.get('X-Endpoint');
  if (!isAllowedUrl(endpoint)) {
    return res.status(400).end();
  }
  const response = await axios.get(endpoint);
  return res.json(response.data);
}

router.get('/fetch', proxyFetch);

module.exports = router;
