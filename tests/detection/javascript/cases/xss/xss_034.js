'use strict';

const express = require('express');
const { layout } = require('../../lib/html');

const router = express.Router();
router.use(express.json());

class TextBuilder {
  constructor() {
    this.parts = [];
  }

  add(part) {
    this.parts.push(part);
    return this;
  }

  build() {
    return this.parts.join('');
  }
}

function greet(req, res) {
  const comment = req.body.comment;
  const item = new TextBuilder().add(comment).build();
  res.send(layout('Search', `<div class="result">Results for ${item}</div>`));
}

router.post('/greet', greet);

module.exports = router;
