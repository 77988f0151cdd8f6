'use strict';

const express = require('express');
const ejs = require('ejs');

const router = express.Router();

router.get('/preview/:banner', (req, res) => {
  const banner = req.params.banner;
  const input = banner;
  const item = input;
  const html = ejs.render(`<section class="banner">${item}</section>`, { user: 'guest' });
  res.send(html);
});

module.exports = router;
