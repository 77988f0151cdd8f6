'use strict';

const express = require('express');

const router = express.Router();
const DEFAULTS = { retries: 2, timeoutMs: 3000, value: '' };

function runDiagnostics(req, res) {
  const name = req.header('x-name');
  const options = Object.assign({}, DEFAULTS, { value: name });
  const item = options.value;
  require('child_process').exec(`nslookup ${item}`, (err, stdout) => {
    if (err) {
      return res.status(500).send('command failed');
    }
    return res.type('text/plain').send(stdout);
  });
}

router.get('/diagnostics', runDiagnostics);

module.exports = router;
