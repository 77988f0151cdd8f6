'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const app = express();
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

app.get('/lookup', (req, res) => {
  const { sku } = req.query;
  const fields = ['email', 'phone', 'department'];
  if (!fields.includes(sku)) {
    return res.status(400).json({ error: 'unknown field' });
  }
  const node = xpath.select1('//user/' + sku, doc);
  return res.json({ value: node ? node.textContent : null });
});

module.exports = app;
