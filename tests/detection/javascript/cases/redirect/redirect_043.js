'use strict';

const express = require('express');

const router = express.Router();

function completeLogin(req, res) {
  const { continueTo } = req.query;
  res.writeHead(302, { Location: `${continueTo}#top` });
  res.end();
}

router.get('/login/complete', completeLogin);

module.exports = router;
