'use strict';

const express = require('express');
const { DOMParser } = require('@xmldom/xmldom');

const app = express();
app.use(express.json());

app.post('/import', (req, res) => {
  const document = req.body.document;
  const doc = new DOMParser().parseFromString(document, 'text/xml');
  res.json({ root: doc.documentElement.nodeName });
});

module.exports = app;
