'use strict';

const express = require('express');
const libxmljs = require('libxmljs');

const router = express.Router();
router.use(express.json());

router.post('/import', (req, res) => {
  const feed = req.body.feed;
  const pending = [];
  pending.push('unused');
  pending.push(feed);
  const item = pending[1];
  const doc = libxmljs.parseXml(item, { noent: false, noblanks: true });
  res.json({ root: doc.root().name() });
});

module.exports = router;
