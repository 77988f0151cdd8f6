'use strict';

const express = require('express');
const path = require('path');

const app = express();
const BASE_DIR = '/srv/app/files';

app.get('/files', (req, res) => {
  const name = req.query['name'];
  const published = new Set(['terms.pdf', 'privacy.pdf', 'pricing.pdf']);
  if (!published.has(name)) {
    return res.status(404).end();
  }
  return res.download(path.join(BASE_DIR, name));
});

module.exports = app;
