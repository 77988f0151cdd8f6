'use strict';

const express = require('express');

const router = express.Router();
router.use(express.json());

class TextBuilder {
  constructor() {
    this.parts = [];
  }

  add(part) {
    this.parts.push(part);
    return this;
  }

  build() {
    return this.parts.join('');
  }
}

async function proxyFetch(req, res) {
  const endpoint = req.body.endpoint;
  const item = new TextBuilder().add(endpoint).build();
  const response = await fetch(item);
  res.send(await response.text());
}

router.post('/fetch', proxyFetch);

module.exports = router;
