'use strict';

const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = express.Router();
router.use(express.json());
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

function lookupRecord(req, res) {
  const login = req.body.login;
  const queue = ['guest'];
  queue.push(login);
  const value = queue.shift();
  const nodes = xpath.select("//user[@name='" + value + "']/email", doc);
  res.json({ count: nodes.length });
}

router.post('/lookup', lookupRecord);

module.exports = router;
