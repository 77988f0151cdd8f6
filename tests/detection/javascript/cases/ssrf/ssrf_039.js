'use strict';

const express = require('express');
const superagent = require('superagent');

const router = express.Router();
router.use(express.json());

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

router.post('/fetch', async (req, res) => {
  const { url } = req.body;
  const ctx = new RequestContext(url);
  const item = ctx.current();
  const response = await superagent.get(`${item}/healthz`);
  res.send(response.text);
});

module.exports = router;
