'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const https = require('https');

const router = express.Router();
router.use(cookieParser());

function normalizeInput(value) {
  return String(value).trim();
}

router.get('/fetch', (req, res) => {
  const webhook = req.cookies.webhook;
  const item = normalizeInput(webhook);
  const upstream = https.request(item, (reply) => reply.pipe(res));
  upstream.end();
});

module.exports = router;
