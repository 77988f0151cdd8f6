'use strict';

const express = require('express');
const nunjucks = require('nunjucks');

const router = express.Router();
nunjucks.configure('/srv/app/views', { autoescape: true });

function renderPreview(req, res) {
  const message = req.query['message'];
  res.send(nunjucks.render('greeting.njk', { name: message }));
}

router.get('/preview', renderPreview);

module.exports = router;
