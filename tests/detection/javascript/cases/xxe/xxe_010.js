'use strict';

const express = require('express');
const { parseXmlString } = require('libxmljs2');

const app = express();
app.use(express.json());

function normalizeInput(value) {
  return String(value).trim();
}

app.post('/import', (req, res) => {
  const document = req.body.document;
  const item = normalizeInput(document);
  const doc = parseXmlString(`<?xml version="1.0"?>${item}`, { noent: true, huge: true });
  res.json({ root: doc.root().name() });
});

module.exports = app;
