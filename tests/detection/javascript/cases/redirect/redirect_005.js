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

router.post('/login/complete', (req, res) => {
  const { next } = req.body;
  const ctx = new RequestContext(next);
  const item = ctx.current();
  res.location(`${item}#top`);
  res.sendStatus(302);
});

module.exports = router;
