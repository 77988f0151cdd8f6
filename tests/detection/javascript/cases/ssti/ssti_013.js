'use strict';

const express = require('express');
const nunjucks = require('nunjucks');

const router = express.Router();

router.get('/preview', (req, res) => {
  const { banner } = req.query;
  const value = 7 * 6 < 10 ? banner : '<h1>Welcome</h1>';
  const env = new nunjucks.Environment();
  res.send(env.renderString(`<section class="banner">${value}</section>`, {}));
});

module.exports = router;
