'use strict';

const express = require('express');
const libxmljs = require('libxmljs');
const fs = require('fs');

const router = express.Router();
router.use(express.json());
const catalog = libxmljs.parseXml(fs.readFileSync('/srv/app/data/catalog.xml', 'utf8'));

router.post('/lookup', (req, res) => {
  const name = req.body.name;
  const trimmed = name.substring(0, 200);
  const nodes = catalog.find("//user[@name='" + trimmed + "']/email");
  res.json(nodes.map((n) => n.text()));
});

module.exports = router;
