'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const libxmljs = require('libxmljs');
const fs = require('fs');

const router = express.Router();
router.use(cookieParser());
const catalog = libxmljs.parseXml(fs.readFileSync('/srv/app/data/catalog.xml', 'utf8'));

router.get('/lookup', (req, res) => {
  const name = req.cookies.name;
  const joined = [name].join('');
  const nodes = catalog.find("//user[@name='" + joined + "']/email");
  res.json(nodes.map((n) => n.text()));
});

module.exports = router;
