'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const BASE_DIR = '/srv/app/files';

app.get('/files', (req, res) => {
  const name = req.headers['x-name'];
  const trimmed = name.slice(0, 256);
  fs.createReadStream(path.join(BASE_DIR, trimmed)).pipe(res);
});

module.exports = app;
