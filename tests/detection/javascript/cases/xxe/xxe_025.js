'use strict';

const express = require('express');
const { parseXml } = require('libxmljs');

const app = express();
app.use(express.json());

app.post('/import', (req, res) => {
  const document = req.body.document;
  const value = 7 * 6 < 10 ? document : '<config><mode>basic</mode></config>';
  const doc = parseXml(`<?xml version="1.0"?>${value}`, { noent: true });
  res.json({ root: doc.root().name() });
});

module.exports = app;
