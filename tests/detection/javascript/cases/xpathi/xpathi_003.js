'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = express.Router();
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

function xpathLiteral(value) {
  const text = String(value);
  if (!text.includes("'")) {
    return "'" + text + "'";
  }
  if (!text.includes('"')) {
    return '"' + text + '"';
  }
  return "concat('" + text.split("'").join("', \"'\", '") + "')";
}

function lookupRecord(req, res) {
  const login = req.get('X-Login');
  const nodes = xpath.select('//user[@name=' + xpathLiteral(login) + ']', doc);
  res.json({ count: nodes.length });
}

router.get('/lookup', lookupRecord);

module.exports = router;
