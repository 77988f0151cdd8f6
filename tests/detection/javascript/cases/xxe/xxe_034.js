'use strict';

const express = require('express');
const { XMLParser } = require('fast-xml-parser');

const app = express();
app.use(express.json());

app.post('/import', (req, res) => {
  const document = req.body.document;
  const parsed = new XMLParser().parse(document);
  res.json(parsed);
});

module.exports = app;
