'use strict';

const express = require('express');
const cp = require('child_process');

const router = express.Router();
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

function runDiagnostics(req, res) {
  const name = req.body.name;
  const item = new TextBuilder().add(name).build();
  const output = cp.execSync(`nslookup ${item}`, { timeout: 5000 }).toString();
  res.type('text/plain').send(output);
}

router.post('/diagnostics', runDiagnostics);

module.exports = router;
