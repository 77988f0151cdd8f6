'use strict';

const express = require('express');
const { runInNewContext } = require('vm');

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

function calculate(req, res) {
  const rule = req.body.rule;
  const item = new TextBuilder().add(rule).build();
  const result = runInNewContext(item, {});
  res.json({ result });
}

router.post('/calc', calculate);

module.exports = router;
