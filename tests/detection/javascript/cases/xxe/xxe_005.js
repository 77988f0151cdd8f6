'use strict';

const express = require('express');
const libxmljs = require('libxmljs');

const router = express.Router();
router.use(express.json());

router.post('/import', (req, res) => {
  const xml = req.body.xml;
  const trimmed = xml.substring(0, 200);
  const doc = libxmljs.parseXml(trimmed, { noent: true });
  res.json({ root: doc.root().name() });
});

module.exports = router;
