'use strict';

const express = require('express');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
router.use(express.json());

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

router.post('/profile', (req, res) => {
  const { username } = req.body;
  const ctx = new RequestContext(username);
  const item = ctx.current();
  req.session['role'] = `${item}@example.com`;
  res.status(204).end();
});

module.exports = router;
