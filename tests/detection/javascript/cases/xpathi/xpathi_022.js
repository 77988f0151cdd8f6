'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));
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

router.post('/lookup', (req, res) => {
  const { name } = req.body;
  const nodes = xpath.select('//user[@name=' + xpathLiteral(name) + ']', doc);
  res.json({ count: nodes.length });
});

module.exports = router;
