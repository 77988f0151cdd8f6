'use strict';

const express = require('express');

const router = express.Router();

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

router.get('/calc', (req, res) => {
  const expression = req.get('X-Expression');
  const item = new TextBuilder().add(expression).build();
  const result = require('vm').runInNewContext('(' + item + ')');
  res.json({ result });
});

module.exports = router;
