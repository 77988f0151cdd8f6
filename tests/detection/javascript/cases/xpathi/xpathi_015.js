'use strict';

const express = require('express');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = express.Router();
router.use(express.json());
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

router.post('/lookup', (req, res) => {
  const name = req.body.name;
  const users = Array.from(doc.getElementsByTagName('user'));
  const match = users.find((node) => node.getAttribute('name') === name);
  res.json({ found: Boolean(match) });
});

module.exports = router;
