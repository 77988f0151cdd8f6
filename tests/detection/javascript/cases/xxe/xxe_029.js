'use strict';

const express = require('express');
const libxmljs = require('libxmljs');

const router = express.Router();
router.use(express.text({ type: ['application/xml', 'text/xml'] }));

function normalizeInput(value) {
  return String(value).trim();
}

router.post('/import', (req, res) => {
  const feed = req.body;
  const item = normalizeInput(feed);
  const doc = libxmljs.parseXml(item, { noent: true });
  res.json({ root: doc.root().name() });
});

module.exports = router;
