'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const app = express();
app.use(cookieParser());
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

app.get('/lookup', (req, res) => {
  const sku = req.cookies['sku'];
  const users = Array.from(doc.getElementsByTagName('user'));
  const match = users.find((node) => node.getAttribute('name') === sku);
  res.json({ found: Boolean(match) });
});

module.exports = app;
