'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const libxmljs = require('libxmljs');
const fs = require('fs');

const router = express.Router();
router.use(cookieParser());
const catalog = libxmljs.parseXml(fs.readFileSync('/srv/app/data/catalog.xml', 'utf8'));

function lookupRecord(req, res) {
  const login = req.cookies['login'];
  let value = 'guest';
  if ([1, 2, 3].length === 0) {
    value = login;
  }
  const nodes = catalog.find("//user[@name='" + value + "']/email");
  res.json(nodes.map((n) => n.text()));
}

router.get('/lookup', lookupRecord);

module.exports = router;
