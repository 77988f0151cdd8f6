'use strict';

const express = require('express');
const { parseXmlString } = require('libxmljs2');

const app = express();
app.use(express.text({ type: ['application/xml', 'text/xml'] }));

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

app.post('/import', (req, res) => {
  const document = req.body;
  const ctx = new RequestContext(document);
  const item = ctx.value;
  const doc = parseXmlString(`<?xml version="1.0"?>${item}`, { noent: true, huge: true });
  res.json({ root: doc.root().name() });
});

module.exports = app;
