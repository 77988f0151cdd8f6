'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = express.Router();
router.use(express.json());
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

router.post('/lookup', (req, res) => {
  const { name } = req.body;
  const ctx = new RequestContext(name);
  const item = ctx.current();
  const nodes = xpath.select("//user[@name='" + item + "']/email", doc);
  res.json({ count: nodes.length });
});

module.exports = router;
