'use strict';

const express = require('express');
const yaml = require('js-yaml');

const app = express();
app.use(express.json());

app.post('/session/restore', (req, res) => {
  const { state } = req.body;
  let value = state;
  console.info('request value', value);
  value = '{}';
  const settings = yaml.load(value, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(settings);
});

module.exports = app;
