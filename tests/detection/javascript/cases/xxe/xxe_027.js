'use strict';

const express = require('express');
const libxmljs = require('libxmljs2');

const router = express.Router();
router.use(express.json());

router.post('/import', (req, res) => {
  const xml = req.body.xml;
  const doc = libxmljs.parseXmlString(xml, { noblanks: true });
  res.json({ root: doc.root().name() });
});

module.exports = router;
