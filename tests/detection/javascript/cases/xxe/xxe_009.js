'use strict';

const express = require('express');
const libxmljs = require('libxmljs');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

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

function importDocument(req, res) {
  const { payload } = req.body;
  const item = new TextBuilder().add(payload).build();
  const doc = libxmljs.parseXmlString(item, { noent: true, dtdload: true });
  res.json({ children: doc.root().childNodes().length });
}

router.post('/import', importDocument);

module.exports = router;
