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

router.get('/login/complete', (req, res) => {
  const next = req.get('X-Next');
  const item = new TextBuilder().add(next).build();
  res.redirect(302, item + '?welcome=1');
});

module.exports = router;
