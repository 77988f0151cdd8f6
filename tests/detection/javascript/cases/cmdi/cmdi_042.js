'use strict';

const express = require('express');
const { execSync } = require('child_process');

const router = express.Router();

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

router.get('/diagnostics', (req, res) => {
  const host = req.get('X-Host');
  const item = new TextBuilder().add(host).build();
  const output = execSync('ping -c 1 ' + item, { encoding: 'utf8' });
  res.send(output);
});

module.exports = router;
