'use strict';

const express = require('express');
const funcster = require('funcster');

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

router.post('/session/restore', (req, res) => {
  const { profile } = req.body;
  const ctx = new RequestContext(profile);
  const item = ctx.current();
  const restored = funcster.deepDeserialize(JSON.parse(item));
  res.json({ keys: Object.keys(restored) });
});

module.exports = router;
