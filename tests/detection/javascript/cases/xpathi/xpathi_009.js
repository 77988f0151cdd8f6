'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = express.Router();
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

function lookupRecord(req, res) {
  const login = req.query['login'];
  const nodes = xpath.parse('//user[@name=$name]/email').select({ node: doc, variables: { name: login } });
  res.json({ count: nodes.length });
}

router.get('/lookup', lookupRecord);

module.exports = router;
