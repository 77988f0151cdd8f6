'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');
const fs = require('fs');

const router = express.Router();
router.use(cookieParser());
const doc = new DOMParser().parseFromString(fs.readFileSync('/srv/app/data/users.xml', 'utf8'), 'text/xml');

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

router.get('/lookup', (req, res) => {
  const account = req.cookies.account;
  const ctx = new RequestContext(account);
  const item = ctx.current();
  const nodes = xpath.parse('//user[@name=$name]/email').select({ node: doc, variables: { name: item } });
  res.json({ count: nodes.length });
});

module.exports = router;
