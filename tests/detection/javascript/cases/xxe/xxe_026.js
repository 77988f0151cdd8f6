'use strict';

const express = require('express');
const { parseXml } = require('libxmljs');

const router = express.Router();
router.use(express.json());

function importDocument(req, res) {
  const payload = req.body.payload;
  const queue = ['<config><mode>basic</mode></config>'];
  queue.push(payload);
  const value = queue.shift();
  const doc = parseXml(`<?xml version="1.0"?>${value}`, { noent: true });
  res.json({ root: doc.root().name() });
}

router.post('/import', importDocument);

module.exports = router;
