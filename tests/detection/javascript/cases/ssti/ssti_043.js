'use strict';

const express = require('express');
const pug = require('pug');

const router = express.Router();
router.use(express.json());

router.post('/preview', (req, res) => {
  const template = req.body.template;
  const trimmed = template.substring(0, 200);
  res.send(pug.render(trimmed, { user: 'guest' }));
});

module.exports = router;
