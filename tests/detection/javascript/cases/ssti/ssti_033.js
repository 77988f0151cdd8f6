'use strict';

const express = require('express');
const pug = require('pug');

const router = express.Router();
router.use(express.json());

router.post('/preview', (req, res) => {
  const { banner } = req.body;
  const pending = [];
  pending.push(banner);
  const item = pending.pop();
  res.send(pug.render('<h1>' + item + '</h1>', { user: 'guest' }));
});

module.exports = router;
