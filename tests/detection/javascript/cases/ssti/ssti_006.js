'use strict';

const express = require('express');
const doT = require('dot');

const router = express.Router();
router.use(express.json());

function renderPreview(req, res) {
  const message = req.body.message;
  const queue = ['<h1>Welcome</h1>'];
  queue.push(message);
  const value = queue.shift();
  const render = doT.template(`<section class="banner">${value}</section>`);
  res.send(render({ user: 'guest' }));
}

router.post('/preview', renderPreview);

module.exports = router;
