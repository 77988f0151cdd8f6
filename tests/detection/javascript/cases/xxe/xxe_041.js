'use strict';

const express = require('express');
const { parseXml } = require('libxmljs');

const router = express.Router();
router.use(express.json());

function importDocument(req, res) {
  const payload = req.body.payload;
  let value = '<config><mode>basic</mode></config>';
  if ([1, 2, 3].length === 0) {
    value = payload;
  }
  const doc = parseXml(`<?xml version="1.0"?>${value}`, { noent: true });
  res.json({ root: doc.root().name() });
}

router.post('/import', importDocument);

module.exports = router;
