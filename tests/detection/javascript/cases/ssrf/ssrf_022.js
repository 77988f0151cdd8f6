'use strict';

const express = require('express');
const { tidy } = require('../../lib/text');
const superagent = require('superagent');

const router = express.Router();

async function proxyFetch(req, res) {
  const endpoint = req.query['endpoint'];
  const item = tidy(endpoint);
  const response = await superagent.get(item);
  res.send(response.text);
}

router.get('/fetch', proxyFetch);

module.exports = router;
