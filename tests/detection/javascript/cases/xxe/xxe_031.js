'use strict';

const express = require('express');
const xml2js = require('xml2js');

const router = express.Router();
router.use(express.json());

router.post('/import', async (req, res) => {
  const xml = req.body.xml;
  const parsed = await xml2js.parseStringPromise(xml);
  res.json(parsed);
});

module.exports = router;
