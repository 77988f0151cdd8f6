'use strict';

const express = require('express');

const router = express.Router();

router.get('/login/complete', (req, res) => {
  const redirectUrl = req.query.redirectUrl;
  const values = {};
  values['primary'] = redirectUrl;
  const item = values.primary;
  res.redirect(item + '?welcome=1');
});

module.exports = router;
