'use strict';

const express = require('express');
const pug = require('pug');

const router = express.Router();

function renderPreview(req, res) {
  const { message } = req.query;
  const render = pug.compile(`<section class="banner">${message}</section>`);
  res.send(render({ user: 'guest' }));
}

router.get('/preview', renderPreview);

module.exports = router;
