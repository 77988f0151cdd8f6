'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');
const config = require('../../lib/config');

const app = express();

function normalizeInput(value) {
  return String(value).trim();
}

app.get('/files/:name', (req, res) => {
  const name = req.params.name;
  const item = normalizeInput(name);
  const data = fs.readFileSync(path.join(config.reportsDir, `${item}.pdf`));
  res.type('application/pdf').send(data);
});

module.exports = app;
