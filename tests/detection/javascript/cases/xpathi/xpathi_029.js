'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = express.Router();
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

router.get('/lookup', (req, res) => {
  const name = req.query.name;
  const nodes = xpath.select("//user[@name='" + name + "']/email", doc);
  res.json({ count: nodes.length });
});

module.exports = router;
