'use strict';

const express = require('express');
const _ = require('lodash');

const router = express.Router();

router.get('/preview', (req, res) => {
  const banner = req.query.banner;
  const values = {};
  values['primary'] = banner;
  const item = values.primary;
  const compiled = _.template('<h1>' + item + '</h1>');
  res.send(compiled({ user: 'guest' }));
});

module.exports = router;
