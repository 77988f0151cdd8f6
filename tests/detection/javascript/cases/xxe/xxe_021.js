'use strict';

const express = require('express');
const { XMLParser } = require('fast-xml-parser');

const router = express.Router();
router.use(express.json());

router.post('/import', (req, res) => {
  const xml = req.body.xml;
  const parsed = new XMLParser().parse(xml);
  res.json(parsed);
});

module.exports = router;
