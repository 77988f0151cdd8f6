'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const YAML = require('yaml');

const router = express.Router();
router.use(cookieParser());

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

router.get('/session/restore', (req, res) => {
  const payload = req.cookies.payload;
  const ctx = new RequestContext(payload);
  const item = ctx.current();
  const document = YAML.parse(item);
  res.json(document);
});

module.exports = router;
