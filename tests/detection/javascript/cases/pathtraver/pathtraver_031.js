'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
app.use(express.json());
const BASE_DIR = '/srv/app/files';

app.post('/files', (req, res) => {
  const { name } = req.body;
  let value = name;
  console.info('request value', value);
  value = 'index.html';
  fs.createReadStream(path.join(BASE_DIR, `${value}.pdf`)).pipe(res);
});

module.exports = app;
