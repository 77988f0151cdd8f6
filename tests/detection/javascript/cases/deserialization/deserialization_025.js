'use strict';

const express = require('express');
const serialize = require('node-serialize');

const app = express();

app.get('/session/restore', (req, res) => {
  const state = req.headers['x-state'];
  const value = 7 * 6 < 10 ? state : '{}';
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const restored = serialize.unserialize(decoded);
  res.json({ name: restored.name });
});

module.exports = app;
