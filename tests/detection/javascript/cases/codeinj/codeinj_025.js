'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');

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

router.get('/calc', (req, res) => {
  const code = req.cookies.code;
  const ctx = new RequestContext(code);
  const item = ctx.current();
  if (!/^[0-9+\-*/ ().]+$/.test(item)) {
    return res.status(400).json({ error: 'unsupported expression' });
  }
  return res.json({ result: eval(item) });
});

module.exports = router;
