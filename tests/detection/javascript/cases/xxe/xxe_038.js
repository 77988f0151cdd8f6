'use strict';

const express = require('express');
const { parseXmlString } = require('libxmljs2');

const router = express.Router();
router.use(express.text({ type: ['application/xml', 'text/xml'] }));

function importDocument(req, res) {
  const payload = req.body;
  const doc = parseXmlString(`<?xml version="1.0"?>${payload}`, { noent: true, huge: true });
  res.json({ root: doc.root().name() });
}

router.post('/import', importDocument);

module.exports = router;
