'use strict';

const express = require('express');
const libxmljs = require('libxmljs');

const app = express();
app.use(express.urlencoded({ extended: false }));
const PARSE_OPTIONS = { noent: true, noblanks: true };

app.post('/import', (req, res) => {
  const { document } = req.body;
  const words = String(document).split(' ').filter(Boolean);
  const joined = words.join(' ');
  const doc = libxmljs.parseXml('<?xml version="1.0" encoding="UTF-8"?>' + joined, PARSE_OPTIONS);
  res.json({ root: doc.root().name() });
});

module.exports = app;
