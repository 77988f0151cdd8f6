'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const { readFile } = require('fs/promises');

const app = express();
app.use(cookieParser());
const BASE_DIR = '/srv/app/files';

app.get('/files', async (req, res) => {
  const name = req.cookies['name'];
  const pending = [];
  pending.push('unused');
  pending.push(name);
  const item = pending[1];
  const data = await readFile(BASE_DIR + '/' + item, 'utf8');
  res.type('text/plain').send(data);
});

module.exports = app;
