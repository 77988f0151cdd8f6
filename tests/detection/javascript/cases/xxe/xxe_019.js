'use strict';

const express = require('express');
const libxmljs = require('libxmljs2');

const router = express.Router();

class TextBuilder {
  constructor() {
    this.parts = [];
  }

  add(part) {
    this.parts.push(part);
    return this;
  }

  build() {
    return this.parts.join('');
  }
}

router.get('/import', (req, res) => {
  const xml = req.query['xml'];
  const item = new TextBuilder().add(xml).build();
  const doc = libxmljs.parseXml('<?xml version="1.0" encoding="UTF-8"?>' + item, { noent: true, nocdata: true });
  res.json({ root: doc.root().name() });
});

module.exports = router;
