'use strict';

const express = require('express');
const { localPathOrHome } = require('../../lib/urls');

const router = express.Router();

function completeLogin(req, res) {
  const continueTo = req.get('X-Continue-To');
  res.redirect(localPathOrHome(continueTo));
}

router.get('/login/complete', completeLogin);

module.exports = router;
