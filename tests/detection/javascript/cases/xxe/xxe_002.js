'use strict';

const express = require('express');
const libxmljs = require('libxmljs2');

const router = express.Router();
router.use(express.json());

router.post('/import', (req, res) => {
  const { feed } = req.body;
  const values = {};
  values['primary'] = feed;
  const item = values.primary;
  const doc = libxmljs.parseXml('<?xml version="1.0" encoding="UTF-8"?>' + item, { noent: true, nocdata: true });
  res.json({ root: doc.root().name() });
});

module.exports = router;
