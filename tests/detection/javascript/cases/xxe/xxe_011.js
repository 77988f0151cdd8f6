'use strict';

const express = require('express');
const libxmljs = require('libxmljs');

const router = express.Router();
router.use(express.json());

router.post('/import', (req, res) => {
  const feed = req.body.feed;
  let value = '<config><mode>basic</mode></config>';
  if ([1, 2, 3].length === 0) {
    value = feed;
  }
  const doc = libxmljs.parseXmlString(`<?xml version="1.0"?>${value}`, { noent: true, dtdload: true });
  res.json({ children: doc.root().childNodes().length });
});

module.exports = router;
