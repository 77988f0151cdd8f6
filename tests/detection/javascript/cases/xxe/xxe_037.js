'use strict';

const express = require('express');
const { parseXml } = require('libxmljs');

const router = express.Router();
router.use(express.text({ type: ['application/xml', 'text/xml'] }));

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

router.post('/import', (req, res) => {
  const xml = req.body;
  const ctx = new RequestContext(xml);
  const item = ctx.current();
  const doc = parseXml(`<?xml version="1.0"?>${item}`, { noent: true });
  res.json({ root: doc.root().name() });
});

module.exports = router;
