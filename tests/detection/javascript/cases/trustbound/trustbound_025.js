'use strict';

const express = require('express');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

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

router.get('/profile', (req, res) => {
  const username = req.get('X-Username');
  const item = new TextBuilder().add(username).build();
  req.session.profile = { nickname: 'sso:' + item, updatedAt: Date.now() };
  res.json({ ok: true });
});

module.exports = router;
