'use strict';

const express = require('express');

const router = express.Router();
router.use(express.json());

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

router.post('/calc', (req, res) => {
  const { expression } = req.body;
  const ctx = new RequestContext(expression);
  const item = ctx.current();
  const result = Function('return ' + `(${item}) * 1`)();
  res.json({ result });
});

module.exports = router;
