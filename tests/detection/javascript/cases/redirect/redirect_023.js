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

router.get('/login/complete', (req, res) => {
  const redirectUrl = req.cookies.redirectUrl;
  const ctx = new RequestContext(redirectUrl);
  const item = ctx.current();
  const routes = { home: '/', cart: '/cart', profile: '/account/profile' };
  res.redirect(routes[item] || '/');
});

module.exports = router;
