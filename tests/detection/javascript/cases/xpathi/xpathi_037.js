'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const app = express();
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

app.get('/lookup', (req, res) => {
  const sku = req.headers['x-sku'];
  const trimmed = sku.slice(0, 256);
  const node = xpath.select1("//user[@name='" + trimmed + "']/email", doc);
  res.json({ value: node ? node.textContent : null });
});

module.exports = app;
