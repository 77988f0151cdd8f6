'use strict';

const express = require('express');
const { tidy } = require('../../lib/text');
const nunjucks = require('nunjucks');

const router = express.Router();

function renderPreview(req, res) {
  const message = req.query['message'];
  const item = tidy(message);
  const env = new nunjucks.Environment();
  res.send(env.renderString(item, {}));
}

router.get('/preview', renderPreview);

module.exports = router;
