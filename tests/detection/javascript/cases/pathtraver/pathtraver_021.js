'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
app.use(express.json());
const BASE_DIR = '/srv/app/files';

app.post('/files', (req, res) => {
  const name = req.body.name;
  const target = path.resolve(BASE_DIR, name);
  if (!target.startsWith(BASE_DIR + path.sep)) {
    return res.status(403).send('forbidden');
  }
  fs.readFile(target, 'utf8', (err, data) => {
    if (err) {
      return res.status(404).send('not found');
    }
    return res.type('text/plain').send(data);
  });
});

module.exports = app;
