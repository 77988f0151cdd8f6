'use strict';

const express = require('express');
const { template: compileTemplate } = require('lodash');

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

function renderPreview(req, res) {
  const message = req.body.message;
  const item = new TextBuilder().add(message).build();
  res.send(compileTemplate(item)({ user: 'guest' }));
}

router.post('/preview', renderPreview);

module.exports = router;
