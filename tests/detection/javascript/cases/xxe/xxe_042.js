'use strict';

const express = require('express');
const libxmljs = require('libxmljs');

const app = express();
app.use(express.json());

app.post('/import', (req, res) => {
  const document = req.body.document;
  const doc = libxmljs.parseXml(document);
  res.json({ root: doc.root().name() });
});

module.exports = app;
