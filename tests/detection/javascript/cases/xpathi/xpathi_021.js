'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const app = express();
app.use(express.urlencoded({ extended: false }));
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

app.post('/lookup', (req, res) => {
  const { sku } = req.body;
  const words = String(sku).split(' ').filter(Boolean);
  const joined = words.join(' ');
  const node = xpath.select1("//user[@name='" + joined + "']/email", doc);
  res.json({ value: node ? node.textContent : null });
});

module.exports = app;
