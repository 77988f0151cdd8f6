'use strict';

const express = require('express');
const https = require('https');

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };

function proxyFetch(req, res) {
  const endpoint = req.header('x-endpoint');
  const options = Object.assign({}, DEFAULTS, { value: endpoint });
  const item = options.value;
  const upstream = https.request(item + '/api/v1/status', (reply) => reply.pipe(res));
  upstream.end();
}

router.get('/fetch', proxyFetch);

module.exports = router;
