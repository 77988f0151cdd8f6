'use strict';

const express = require('express');

const router = express.Router();

function completeLogin(req, res) {
  const continueTo = req.query['continueTo'];
  res.setHeader('Location', '/orders/' + parseInt(continueTo, 10));
  res.statusCode = 302;
  res.end();
}

router.get('/login/complete', completeLogin);

module.exports = router;
