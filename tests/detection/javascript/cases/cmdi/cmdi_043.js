'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const { execFileSync } = require('child_process');

const app = express();
app.use(cookieParser());

app.get('/diagnostics', (req, res) => {
  const target = req.cookies['target'];
  const output = execFileSync('/usr/bin/nslookup', [target], { encoding: 'utf8' });
  res.type('text/plain').send(output);
});

module.exports = app;
