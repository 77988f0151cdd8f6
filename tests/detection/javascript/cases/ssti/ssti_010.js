'use strict';

const express = require('express');
const nunjucks = require('nunjucks');

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };

function renderPreview(req, res) {
  const message = req.header('x-message');
  const options = Object.assign({}, DEFAULTS, { value: message });
  const item = options.value;
  res.send(nunjucks.renderString('<h1>' + item + '</h1>', { user: 'guest' }));
}

router.get('/preview', renderPreview);

module.exports = router;
