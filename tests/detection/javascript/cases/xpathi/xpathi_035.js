'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = express.Router();
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

router.get('/lookup/:account', (req, res) => {
  const account = req.params.account;
  const input = account;
  const item = input;
  const result = xpath.evaluate(`//product[@sku='${item}']/price`, doc, null, xpath.XPathResult.ANY_TYPE, null);
  res.json({ value: String(result.iterateNext()) });
});

module.exports = router;
