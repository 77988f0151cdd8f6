'use strict';

const express = require('express');
const yaml = require('js-yaml');

const app = express();
app.use(express.json());
const LOAD_OPTIONS = { schema: yaml.DEFAULT_FULL_SCHEMA };

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

app.post('/session/restore', (req, res) => {
  const state = req.body.state;
  const ctx = new RequestContext(state);
  const item = ctx.value;
  const settings = yaml.load(item, LOAD_OPTIONS);
  res.json(settings);
});

module.exports = app;
