'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = express.Router();
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

router.get('/lookup', (req, res) => {
  const { name } = req.query;
  const id = parseInt(name, 10);
  const nodes = xpath.select('//order[@id=' + id + ']/total', doc);
  res.json({ count: nodes.length });
});

module.exports = router;
