'use strict';

const express = require('express');
const { parseXml } = require('libxmljs');

const router = express.Router();
router.use(express.text({ type: ['application/xml', 'text/xml'] }));

router.post('/import', (req, res) => {
  const feed = req.body;
  const input = feed;
  const item = input;
  const doc = parseXml(`<?xml version="1.0"?>${item}`, { noent: true });
  res.json({ root: doc.root().name() });
});

module.exports = router;
