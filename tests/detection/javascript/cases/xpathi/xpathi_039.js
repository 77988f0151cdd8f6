'use strict';

const express = require('express');
const { select: selectNodes } = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const app = express();
app.use(express.json());
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

app.post('/lookup', (req, res) => {
  const sku = req.body.sku;
  const ctx = new RequestContext(sku);
  const item = ctx.value;
  const nodes = selectNodes("//user[@name='" + item + "']/email", doc);
  res.json({ count: nodes.length });
});

module.exports = app;
