'use strict';

const express = require('express');
const nunjucks = require('nunjucks');

const router = express.Router();

function renderPreview(req, res) {
  const message = req.params.message;
  res.send(nunjucks.renderString('<p>{{ text }}</p>', { text: message }));
}

router.get('/preview/:message', renderPreview);

module.exports = router;
