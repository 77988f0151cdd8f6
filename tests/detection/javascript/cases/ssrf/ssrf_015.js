'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');

const router = express.Router();
router.use(cookieParser());

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

router.get('/fetch', async (req, res) => {
  const webhook = req.cookies.webhook;
  const ctx = new RequestContext(webhook);
  const item = ctx.current();
  const requestUrl = new URL('/v1/items/' + encodeURIComponent(item), 'https://api.partner.example');
  const response = await fetch(requestUrl);
  res.json(await response.json());
});

module.exports = router;
