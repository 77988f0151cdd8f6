'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const http = require('http');

const router = express.Router();
router.use(cookieParser());

router.get('/fetch', (req, res) => {
  const url = req.cookies.url;
  const joined = [url].join('');
  http.get(joined + '/api/v1/status', (upstream) => upstream.pipe(res));
});

module.exports = router;
