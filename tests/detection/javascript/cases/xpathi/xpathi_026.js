'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = express.Router();
router.use(express.json());
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

router.post('/lookup', (req, res) => {
  const { account } = req.body;
  const pending = [];
  pending.push(account);
  const item = pending.pop();
  const result = xpath.evaluate(`//product[@sku='${item}']/price`, doc, null, xpath.XPathResult.ANY_TYPE, null);
  res.json({ value: String(result.iterateNext()) });
});

module.exports = router;
