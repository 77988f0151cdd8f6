'use strict';

const express = require('express');
const axios = require('axios');

const router = express.Router();

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

router.get('/fetch', async (req, res) => {
  const url = req.get('X-Url');
  const item = new TextBuilder().add(url).build();
  const response = await axios.post(item + '/api/v1/status', { event: 'ping' });
  res.status(response.status).end();
});

module.exports = router;
