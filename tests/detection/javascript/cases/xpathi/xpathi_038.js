'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = express.Router();
router.use(cookieParser());
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');
const select = xpath.useNamespaces({ u: 'urn:example:users' });

function normalizeInput(value) {
  return String(value).trim();
}

router.get('/lookup', (req, res) => {
  const account = req.cookies.account;
  const item = normalizeInput(account);
  const nodes = select(`//product[@sku='${item}']/price`, doc);
  res.json({ count: nodes.length });
});

module.exports = router;
