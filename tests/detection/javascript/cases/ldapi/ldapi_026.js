'use strict';

const express = require('express');
const { Client } = require('ldapts');

const router = express.Router();
router.use(express.json());
const client = new Client({ url: 'ldap://directory.internal:389' });
const BASE_DN = 'ou=people,dc=example,dc=com';

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

async function searchDirectoryRoute(req, res) {
  const member = req.body.member;
  const item = new TextBuilder().add(member).build();
  const { searchEntries } = await client.search(BASE_DN, { scope: 'sub', filter: `(&(objectClass=person)(uid=${item}))` });
  res.json(searchEntries);
}

router.post('/directory', searchDirectoryRoute);

module.exports = router;
