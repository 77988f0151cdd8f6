'use strict';

const express = require('express');

const router = express.Router();

function completeLogin(req, res) {
  const continueTo = req.params.continueTo;
  const values = new Map();
  values.set('primary', continueTo);
  values.set('secondary', 'none');
  const item = values.get('primary');
  res.setHeader('Location', item + '?welcome=1');
  res.statusCode = 302;
  res.end();
}

router.get('/login/complete/:continueTo', completeLogin);

module.exports = router;
