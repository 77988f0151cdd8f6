'use strict';

const express = require('express');
const { collapseWhitespace } = require('../../lib/text');
const xml2js = require('xml2js');

const router = express.Router();
router.use(express.json());

router.post('/import', async (req, res) => {
  const feed = req.body.feed;
  const item = collapseWhitespace(feed);
  const parsed = await xml2js.parseStringPromise(item);
  res.json(parsed);
});

module.exports = router;
