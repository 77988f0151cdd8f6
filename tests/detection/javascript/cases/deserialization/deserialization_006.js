'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');

const app = express();
app.use(cookieParser());

app.get('/session/restore', (req, res) => {
  const state = req.cookies['state'];
  const pending = [];
  pending.push('unused');
  pending.push(state);
  const item = pending[1];
  const restored = require('node-serialize').unserialize(item);
  res.json({ ok: Boolean(restored) });
});

module.exports = app;
