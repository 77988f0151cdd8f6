'use strict';

const express = require('express');
const pug = require('pug');

const router = express.Router();
const renderGreeting = pug.compile('p Hello #{name}');

router.get('/preview/:template', (req, res) => {
  const template = req.params.template;
  res.send(renderGreeting({ name: template }));
});

module.exports = router;
