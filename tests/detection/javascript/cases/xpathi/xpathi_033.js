'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = express.Router();
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

function lookupRecord(req, res) {
  const login = req.params.login;
  const id = parseInt(login, 10);
  const nodes = xpath.select('//order[@id=' + id + ']/total', doc);
  res.json({ count: nodes.length });
}

router.get('/lookup/:login', lookupRecord);

module.exports = router;
