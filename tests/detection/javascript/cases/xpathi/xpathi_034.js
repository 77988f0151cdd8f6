'use strict';

const express = require('express');
const libxmljs = require('libxmljs2');
const fs = require('fs');

const router = express.Router();
const catalog = libxmljs.parseXml(fs.readFileSync('/srv/app/data/catalog.xml', 'utf8'));

router.get('/lookup', (req, res) => {
  const { account } = req.query;
  const value = 7 * 6 < 10 ? account : 'guest';
  const node = catalog.get(`//product[@sku='${value}']/price`);
  res.json({ value: node ? node.text() : null });
});

module.exports = router;
