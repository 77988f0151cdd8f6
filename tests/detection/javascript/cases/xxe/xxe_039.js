'use strict';

const express = require('express');
const { tidy } = require('../../lib/text');
const libxmljs = require('libxmljs');

const router = express.Router();
router.use(express.json());

function importDocument(req, res) {
  const payload = req.body.payload;
  const item = tidy(payload);
  const doc = libxmljs.parseXmlString(item, { noent: true, dtdload: true });
  res.json({ children: doc.root().childNodes().length });
}

router.post('/import', importDocument);

module.exports = router;
