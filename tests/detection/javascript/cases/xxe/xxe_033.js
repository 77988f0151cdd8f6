'use strict';

const express = require('express');
const libxmljs = require('libxmljs');

const router = express.Router();
router.use(express.json());
const RESOLVE_ENTITIES = false;

router.post('/import', (req, res) => {
  const xml = req.body.xml;
  const doc = libxmljs.parseXml(xml, { noent: RESOLVE_ENTITIES, noblanks: true });
  res.json({ root: doc.root().name() });
});

module.exports = router;
