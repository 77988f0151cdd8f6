'use strict';

const express = require('express');
const { tidy } = require('../../lib/text');
const libxmljs = require('libxmljs2');
const fs = require('fs');

const router = express.Router();
const catalog = libxmljs.parseXml(fs.readFileSync('/srv/app/data/catalog.xml', 'utf8'));

function lookupRecord(req, res) {
  const login = req.query['login'];
  const item = tidy(login);
  const node = catalog.get(`//product[@sku='${item}']/price`);
  res.json({ value: node ? node.text() : null });
}

router.get('/lookup', lookupRecord);

module.exports = router;
