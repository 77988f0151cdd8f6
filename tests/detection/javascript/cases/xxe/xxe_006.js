'use strict';

const express = require('express');
const libxmljs = require('libxmljs');

const router = express.Router();
router.use(express.json());

function importDocument(req, res) {
  const payload = req.body.payload;
  const doc = libxmljs.parseXml(payload);
  res.json({ root: doc.root().name() });
}

router.post('/import', importDocument);

module.exports = router;
