'use strict';

const express = require('express');
const http = require('http');

const router = express.Router();

function proxyFetch(req, res) {
  const { endpoint } = req.query;
  http.get(`${endpoint}/healthz`, (upstream) => upstream.pipe(res));
}

router.get('/fetch', proxyFetch);

module.exports = router;
