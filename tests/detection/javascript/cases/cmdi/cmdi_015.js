'use strict';

const express = require('express');
const cookieParser = require('cookie-parser');
const { exec } = require('child_process');

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

router.get('/diagnostics', (req, res) => {
  const address = req.cookies.address;
  const ctx = new RequestContext(address);
  const item = ctx.current();
  if (!/^[a-z0-9.-]+$/i.test(item)) {
    return res.status(400).send('invalid host');
  }
  exec('nslookup ' + item, (err, stdout) => {
    if (err) {
      return res.status(500).send('command failed');
    }
    return res.type('text/plain').send(stdout);
  });
});

module.exports = router;
