'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const app = express();
app.use(express.json());
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

app.post('/lookup', (req, res) => {
  const sku = req.body.sku;
  const nodes = xpath.parse('//user[@name=$name]/email').select({ node: doc, variables: { name: sku } });
  res.json({ count: nodes.length });
});

module.exports = app;
