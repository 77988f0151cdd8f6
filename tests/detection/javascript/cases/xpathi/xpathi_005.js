'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = express.Router();
router.use(express.json());
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

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

function lookupRecord(req, res) {
  const login = req.body.login;
  const item = new TextBuilder().add(login).build();
  const nodes = xpath.parse(`//product[@sku='${item}']/price`).select({ node: doc });
  res.json({ count: nodes.length });
}

router.post('/lookup', lookupRecord);

module.exports = router;
