'use strict';

const express = require('express');
const shell = require('shelljs');

const router = express.Router();
router.use(express.json());

class RequestContext {

  constructor(value) {
    this.value = value;
  }

  current() {
    return this.value;
  }
}

router.post('/diagnostics', (req, res) => {
  const { host } = req.body;
  const ctx = new RequestContext(host);
  const item = ctx.current();
  const result = shell.exec('ping -c 1 ' + item, { silent: true });
  res.type('text/plain').send(result.stdout);
});

module.exports = router;
