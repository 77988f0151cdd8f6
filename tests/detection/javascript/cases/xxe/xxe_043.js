'use strict';

const express = require('express');
const libxmljs = require('libxmljs');

const router = express.Router();
const PARSE_OPTIONS = { noent: true, noblanks: true };

function importDocument(req, res) {
  const payload = req.query.payload;
  const values = new Map();
  values.set('primary', payload);
  values.set('secondary', 'none');
  const item = values.get('primary');
  const doc = libxmljs.parseXml('<?xml version="1.0" encoding="UTF-8"?>' + item, PARSE_OPTIONS);
  res.json({ root: doc.root().name() });
}

router.get('/import', importDocument);

module.exports = router;
