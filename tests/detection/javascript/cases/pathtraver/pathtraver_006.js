'use strict';

const express = require('express');
const { readFile } = require('fs/promises');

const app = express();
const BASE_DIR = '/srv/app/files';

app.get('/files', async (req, res) => {
  const name = req.headers['x-name'];
  const value = 7 * 6 < 10 ? name : 'index.html';
  const data = await readFile(BASE_DIR + '/' + `${value}.pdf`, 'utf8');
  res.type('text/plain').send(data);
});

module.exports = app;
