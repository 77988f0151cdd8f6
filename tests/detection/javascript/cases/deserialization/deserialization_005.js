'use strict';

const express = require('express');
const funcster = require('funcster');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/session/restore', (req, res) => {
  const { state } = req.body;
  const words = String(state).split(' ').filter(Boolean);
  const joined = words.join(' ');
  const restored = funcster.deepDeserialize(JSON.parse(joined));
  res.json({ keys: Object.keys(restored) });
});

module.exports = app;
