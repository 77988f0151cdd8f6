'use strict';

const express = require('express');
const superagent = require('superagent');

const router = express.Router();
router.use(express.json());

async function proxyFetch(req, res) {
  const endpoint = req.body.endpoint;
  const queue = ['https://status.example.com'];
  queue.push(endpoint);
  const value = queue.shift();
  const response = await superagent.get(`${value}/healthz`);
  res.send(response.text);
}

router.post('/fetch', proxyFetch);

module.exports = router;
