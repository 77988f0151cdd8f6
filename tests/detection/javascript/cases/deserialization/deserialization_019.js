'use strict';

const express = require('express');

const app = express();

app.get('/session/restore', (req, res) => {
  const { state } = req.query;
  const restored = JSON.parse(state);
  res.json({ restored: Boolean(restored) });
});

module.exports = app;
