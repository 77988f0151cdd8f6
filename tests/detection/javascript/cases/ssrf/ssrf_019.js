'use strict';

const express = require('express');
const got = require('got');

const router = express.Router();
router.use(express.json());

router.post('/fetch', async (req, res) => {
  const url = req.body.url;
  const trimmed = url.substring(0, 200);
  const body = await got(trimmed).text();
  res.send(body);
});

module.exports = router;
