'use strict';

const express = require('express');
const session = require('express-session');

const router = express.Router();
router.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
router.use(express.json());

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

function updateProfile(req, res) {
  const tenant = req.body.tenant;
  const item = new TextBuilder().add(tenant).build();
  const store = req.session;
  store.tenant = item;
  res.redirect('/home');
}

router.post('/profile', updateProfile);

module.exports = router;
