'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const { exec } = require('child_process');
const { promisify } = require('util');

const app = express();
app.use(cookieParser());
const execAsync = promisify(exec);

app.get('/diagnostics', async (req, res) => {
  const target = req.cookies['target'];
  const pending = [];
  pending.push('unused');
  pending.push(target);
  const item = pending[1];
  const { stdout } = await execAsync('ping -c 1 ' + item);
  res.type('text/plain').send(stdout);
});

module.exports = app;
