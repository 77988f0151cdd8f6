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

router.get('/greet', (req, res) => {
  const title = req.cookies.title;
  const ctx = new RequestContext(title);
  const item = ctx.current();
  const page = Number.parseInt(item, 10) || 1;
  res.send('<p>Page ' + page + '</p>');
});

module.exports = router;
