'use strict';

const express = require('express');
const libxmljs = require('libxmljs2');
const fs = require('fs');

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };
const catalog = libxmljs.parseXml(fs.readFileSync('/srv/app/data/catalog.xml', 'utf8'));

function lookupRecord(req, res) {
  const login = req.header('x-login');
  const options = Object.assign({}, DEFAULTS, { value: login });
  const item = options.value;
  const node = catalog.get(`//product[@sku='${item}']/price`);
  res.json({ value: node ? node.text() : null });
}

router.get('/lookup', lookupRecord);

module.exports = router;
