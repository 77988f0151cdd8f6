'use strict';

const express = require('express');
const http = require('http');

const router = express.Router();
router.use(express.json());

router.post('/fetch', (req, res) => {
  const url = req.body.url;
  http.get('http://inventory.internal/items/' + parseInt(url, 10), (upstream) => upstream.pipe(res));
});

module.exports = router;
