'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = express.Router();
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');
const select = xpath.useNamespaces({ u: 'urn:example:users' });

router.get('/lookup', (req, res) => {
  const account = req.query.account;
  const values = {};
  values['primary'] = account;
  const item = values.primary;
  const nodes = select(`//product[@sku='${item}']/price`, doc);
  res.json({ count: nodes.length });
});

module.exports = router;
