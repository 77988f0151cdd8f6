'use strict';

const express = require('express');
const { select: selectNodes } = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = express.Router();
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

router.get('/lookup', (req, res) => {
  const name = req.query.name;
  const values = new Map();
  values.set('requested', name);
  values.set('configured', 'guest');
  const value = values.get('configured');
  const nodes = selectNodes(`//product[@sku='${value}']/price`, doc);
  res.json({ count: nodes.length });
});

module.exports = router;
