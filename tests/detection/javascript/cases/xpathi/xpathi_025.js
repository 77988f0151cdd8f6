'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = express.Router();
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

function lookupRecord(req, res) {
  const login = req.params.login;
  const values = new Map();
  values.set('primary', login);
  values.set('secondary', 'none');
  const item = values.get('primary');
  const nodes = xpath.parse(`//product[@sku='${item}']/price`).select({ node: doc });
  res.json({ count: nodes.length });
}

router.get('/lookup/:login', lookupRecord);

module.exports = router;
