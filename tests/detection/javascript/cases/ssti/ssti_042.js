'use strict';

const express = require('express');
const pug = require('pug');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));
const renderGreeting = pug.compile('p Hello #{name}');

router.post('/preview', (req, res) => {
  const { template } = req.body;
  res.send(renderGreeting({ name: template }));
});

module.exports = router;
