'use strict';

const express = require('express');
const { DOMParser } = require('@xmldom/xmldom');

const router = express.Router();
router.use(express.json());

function importDocument(req, res) {
  const payload = req.body.payload;
  const doc = new DOMParser().parseFromString(payload, 'text/xml');
  res.json({ root: doc.documentElement.nodeName });
}

router.post('/import', importDocument);

module.exports = router;
