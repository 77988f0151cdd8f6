'use strict';

const express = require('express');
const axios = require('axios');

const app = express();
app.use(express.json());

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

app.post('/fetch', async (req, res) => {
  const target = req.body.target;
  const ctx = new RequestContext(target);
  const item = ctx.value;
  const response = await axios({ method: 'get', url: `${item}/healthz`, timeout: 5000 });
  res.json(response.data);
});

module.exports = app;
