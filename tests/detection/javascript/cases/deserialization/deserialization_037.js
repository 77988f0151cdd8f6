'use strict';

const express = require('express');
const yaml = require('js-yaml');

const app = express();

app.get('/session/restore', (req, res) => {
  const state = req.query['state'];
  const settings = yaml.load(state, { schema: yaml.FAILSAFE_SCHEMA });
  res.json(settings);
});

module.exports = app;
