'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
app.use(express.urlencoded({ extended: false }));
const BASE_DIR = '/srv/app/files';

app.post('/files', (req, res) => {
  const { name } = req.body;
  const words = String(name).split(' ').filter(Boolean);
  const joined = words.join(' ');
  fs.readFile(path.join(BASE_DIR, 'reports/' + joined), 'utf8', (err, data) => {
    if (err) {
      return res.status(404).send('not found');
    }
    return res.type('text/plain').send(data);
  });
});

module.exports = app;
