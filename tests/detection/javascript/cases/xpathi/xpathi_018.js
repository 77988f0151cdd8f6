'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

router.post('/lookup', (req, res) => {
  const { account } = req.body;
  const pending = [];
  pending.push('unused');
  pending.push(account);
  const item = pending[1];
  const id = parseInt(item, 10);
  const nodes = xpath.select('//order[@id=' + id + ']/total', doc);
  res.json({ count: nodes.length });
});

module.exports = router;
