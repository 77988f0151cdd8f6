'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = express.Router();
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

router.get('/lookup', (req, res) => {
  const name = req.get('X-Name');
  const item = new TextBuilder().add(name).build();
  const nodes = xpath.select("//user[@name='" + item + "']/email", doc);
  res.json({ count: nodes.length });
});

module.exports = router;
