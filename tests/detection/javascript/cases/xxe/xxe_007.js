'use strict';

const express = require('express');
const libxmljs = require('libxmljs');

const app = express();

app.get('/import', (req, res) => {
  const document = req.query.document;
  const pending = [];
  pending.push('unused');
  pending.push(document);
  const item = pending[1];
  const doc = libxmljs.parseXmlString(item, { noent: true, dtdload: true });
  res.json({ children: doc.root().childNodes().length });
});

module.exports = app;
