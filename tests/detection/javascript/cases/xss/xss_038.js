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

router.post('/greet', (req, res) => {
  const { name } = req.body;
  const ctx = new RequestContext(name);
  const item = ctx.current();
  res.status(200).send('<p>Hello, ' + item + '</p>');
});

module.exports = router;
