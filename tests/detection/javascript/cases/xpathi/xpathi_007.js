'use strict';

const express = require('express');
const libxmljs = require('libxmljs');
const fs = require('fs');

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };
const catalog = libxmljs.parseXml(fs.readFileSync('/srv/app/data/catalog.xml', 'utf8'));

router.get('/lookup', (req, res) => {
  const { name } = req.query;
  const options = { ...DEFAULTS, value: name };
  const item = options.value;
  const nodes = catalog.find("//user[@name='" + item + "']/email");
  res.json(nodes.map((n) => n.text()));
});

module.exports = router;
